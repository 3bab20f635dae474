"""syncwright: a durable, event-sourced sync engine for marketing platforms.

The names exported here are the public Python API (docs/PYTHON.md); everything else
may change between versions.
"""

__version__ = "0.1.0"

from syncwright.api import (
    Connection,
    Endpoint,
    ErrorChoice,
    ErrorContext,
    Job,
    JobState,
    JobView,
    SyncError,
    cancel,
    connection,
    explain,
    failures,
    fix,
    job,
    jobs,
    load_job,
    load_mapping_file,
    mapping,
    resume,
    resume_async,
    retry_failed,
    retry_failed_async,
    run_sync,
    run_sync_async,
    status,
)
from syncwright.config_files import ConfigFileError, load_yaml_file
from syncwright.mapping.spec import MappingSpec
from syncwright.store import Failure, Store, open_store

__all__ = [
    "ConfigFileError",
    "Connection",
    "Endpoint",
    "ErrorChoice",
    "ErrorContext",
    "Failure",
    "Job",
    "JobState",
    "JobView",
    "MappingSpec",
    "Store",
    "SyncError",
    "__version__",
    "cancel",
    "connection",
    "explain",
    "failures",
    "fix",
    "job",
    "jobs",
    "load_job",
    "load_mapping_file",
    "load_yaml_file",
    "mapping",
    "open_store",
    "resume",
    "resume_async",
    "retry_failed",
    "retry_failed_async",
    "run_sync",
    "run_sync_async",
    "status",
]
