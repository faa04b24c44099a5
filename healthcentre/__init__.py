"""healthcentre: offline register and county follow-up for Hälsocenter and Recovery college.

The core package knows nothing of Qt; `healthcentre.ui` is the only place that does.
"""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("healthcentre")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"
