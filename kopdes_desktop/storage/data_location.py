"""Is the data folder somewhere SQLite is unsafe: a network share or a synced folder?

SQLite's locking does not hold on network file systems (NFS, SMB/CIFS, SSHFS…), and sync
clients (OneDrive, Dropbox, Google Drive, iCloud Drive, Nextcloud) copy the database file
and its journal separately while the program writes: both are known ways to corrupt a
database. The program still runs there; it warns (GUI once per start, CLI on stderr).

The decisions are pure functions of a path (and of the text of ``/proc/mounts``) so they are
tested on every platform; only ``location_warnings`` asks the operating system.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath, PurePosixPath

from kopdes_desktop.domain.errors import Issue, warning

NETWORK_FSTYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "davfs",
        "glusterfs",
        "ceph",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
        "fuse.glusterfs",
        "fuse.cephfs",
    }
)
# Lower-case start of a path component → the service's name as users know it.
SYNCED_COMPONENTS = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("pcloud drive", "pCloud"),
    ("seafile", "Seafile"),
    ("box sync", "Box"),
    ("yandex.disk", "Yandex Disk"),
)
_ENDS = frozenset({"", " ", "-", "_", "(", "."})
DRIVE_REMOTE = 4  # GetDriveTypeW


def synced_service(path: PurePath) -> str | None:
    """The sync service whose folder holds ``path`` (by its path components), else None."""
    for part in path.parts:
        lowered = part.lower()
        for prefix, service in SYNCED_COMPONENTS:
            # "OneDrive - Kantor", "Dropbox (Personal)", "GoogleDrive-x@gmail.com"; not
            # "Dropboxes" or "My Drivers".
            if lowered.startswith(prefix) and lowered[len(prefix) : len(prefix) + 1] in _ENDS:
                return service
    return None


def _unescape_mount(field: str) -> str:
    """``/proc/mounts`` writes space, tab, newline and backslash as octal escapes."""
    for escaped, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, char)
    return field


def mount_fstype(path: PurePosixPath, mounts_text: str) -> str | None:
    """The file-system type of the mount holding ``path`` (longest mount point wins)."""
    best: tuple[int, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePosixPath(_unescape_mount(fields[1]))
        if path == point or point in path.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fields[2])
    return best[1] if best else None


def network_fstype(path: PurePosixPath, mounts_text: str) -> str | None:
    """The network file-system type holding ``path`` (Linux), None on a local disk."""
    fstype = mount_fstype(path, mounts_text)
    return fstype if fstype in NETWORK_FSTYPES else None


def is_unc(path_text: str) -> bool:
    """True for a Windows network path (``\\\\server\\share\\…``)."""
    return path_text.startswith(("\\\\", "//")) and not path_text.startswith(("\\\\?\\", "//?/"))


def _windows_remote_drive(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    root = os.path.splitdrive(str(path))[0] + "\\"
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(root) == DRIVE_REMOTE)


def location_warnings(folder: Path) -> list[Issue]:
    """Warnings about where ``folder`` is (``location.network`` / ``location.synced``)."""
    found: list[Issue] = []
    resolved = folder.resolve()
    if sys.platform == "win32":  # pragma: no cover - Windows only
        if is_unc(str(folder)) or is_unc(str(resolved)) or _windows_remote_drive(resolved):
            found.append(warning("location.network", folder=str(folder), fstype="SMB"))
    else:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts = ""
        fstype = network_fstype(PurePosixPath(resolved), mounts)
        if fstype:
            found.append(warning("location.network", folder=str(folder), fstype=fstype))
    service = synced_service(resolved) or synced_service(folder)
    if service:
        found.append(warning("location.synced", folder=str(folder), service=service))
    return found
