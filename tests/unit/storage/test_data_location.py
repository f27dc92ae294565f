"""Warnings about where the data folder is: network shares and synced folders."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from kopdes_desktop.storage.data_location import (
    is_unc,
    location_warnings,
    mount_fstype,
    network_fstype,
    synced_service,
)

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
server:/export /home/kantor/arsip nfs4 rw,relatime 0 0
//nas/data /mnt/nas cifs rw,relatime 0 0
//nas/data\\040kantor /mnt/data\\040kantor smb3 rw 0 0
user@host:/srv /home/kantor/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/kantor/arsip/KopDes", "nfs4"),
        ("/home/kantor/arsip", "nfs4"),
        ("/mnt/nas/kopdes", "cifs"),
        ("/mnt/data kantor/kopdes", "smb3"),
        ("/home/kantor/remote/x", "fuse.sshfs"),
        ("/home/kantor/arsipan/KopDes", None),  # a sibling whose name starts the same
        ("/home/kantor/.local/share/KopDes", None),
        ("/tmp/kopdes", None),
    ],
)
def test_network_file_systems_are_recognised(path, expected):
    assert network_fstype(PurePosixPath(path), MOUNTS) == expected


def test_longest_mount_point_decides():
    assert mount_fstype(PurePosixPath("/home/kantor/x"), MOUNTS) == "ext4"
    assert mount_fstype(PurePosixPath("/var/lib"), MOUNTS) == "ext4"


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (PureWindowsPath(r"C:\Users\Sari\OneDrive\Dokumen\KopDes"), "OneDrive"),
        (PureWindowsPath(r"C:\Users\Sari\OneDrive - Kelurahan Melawai\KopDes"), "OneDrive"),
        (PureWindowsPath(r"D:\Dropbox (Personal)\kopdes"), "Dropbox"),
        (PureWindowsPath(r"G:\My Drive\KopDes"), "Google Drive"),
        (
            PurePosixPath("/Users/sari/Library/CloudStorage/GoogleDrive-sari@gmail.com/KopDes"),
            "Google Drive",
        ),
        (
            PurePosixPath("/Users/sari/Library/Mobile Documents/com~apple~CloudDocs/KopDes"),
            "iCloud Drive",
        ),
        (PureWindowsPath(r"C:\Users\Sari\iCloudDrive\KopDes"), "iCloud Drive"),
        (PurePosixPath("/home/sari/Nextcloud/KopDes"), "Nextcloud"),
        (PurePosixPath("/home/sari/.local/share/KopDes"), None),
        (PurePosixPath("/home/sari/Dropboxes/KopDes"), None),
        (PureWindowsPath(r"C:\My Drivers\KopDes"), None),
    ],
)
def test_synced_folders_are_recognised_by_their_path(path, service):
    assert synced_service(path) == service


def test_unc_paths_are_network_paths():
    assert is_unc(r"\\nas\kantor\KopDes")
    assert is_unc("//nas/kantor/KopDes")
    assert not is_unc(r"\\?\C:\KopDes")
    assert not is_unc(r"C:\KopDes")


def test_a_local_folder_gets_no_warning_and_a_synced_one_does(tmp_path: Path):
    assert location_warnings(tmp_path) == []
    synced = tmp_path / "Dropbox" / "KopDes"
    synced.mkdir(parents=True)
    [issue] = location_warnings(synced)
    assert issue.code == "location.synced" and not issue.is_error
    assert issue.params == {"folder": str(synced), "service": "Dropbox"}
