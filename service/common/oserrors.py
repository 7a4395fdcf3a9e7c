"""An operating-system error said as what is wrong with the place, not as an errno."""

from __future__ import annotations

import errno

_PLAIN = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is mounted read-only",
    errno.EACCES: "Doorstep's user may not write there",
    errno.EPERM: "Doorstep's user may not write there",
    errno.EEXIST: "a file is in the way where a folder should be",
    errno.ENOTDIR: "a file is in the way where a folder should be",
    errno.EISDIR: "a folder is in the way where a file should be",
    errno.ENOENT: "the folder above it does not exist",
}


def plain_reason(error: OSError) -> str:
    """What went wrong, in words: 'the disk is full', not '[Errno 28] No space left on device'."""
    if error.errno in _PLAIN:
        return _PLAIN[error.errno]
    return error.strerror or type(error).__name__
