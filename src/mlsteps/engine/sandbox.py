"""The learner's sandbox: what the kernel holds around a child that runs learner code (Linux).

A :class:`Policy` is built once, in the zygote, and entered by each child right after ``fork`` (:meth:`Policy.enter`),
before any learner code runs. Entering costs a few system calls: the path list is opened, and the seccomp program
assembled, once per zygote. Three layers, each used where the kernel offers it:

- **No privileges.** ``no_new_privs``; root keeps no capability (it becomes ``nobody`` where the Python installation
  is readable by that user, else stays uid 0 with an empty capability set), so nothing below can be undone and no
  privileged call (mount, raw I/O, module loading, setting the clock...) is open.
- **Landlock** (kernel 5.13 and later), a fresh domain per child: files by hierarchy — read what running Python needs
  (the standard library, the installed packages, the shared libraries, mlsteps's code and its shipped datasets and
  weights, but not its exercises, nor a course's folder, the reference cache or the workspace), read and write the
  job folder, execute nothing; TCP bind and connect (ABI 4); signals and abstract unix sockets that would leave the
  child (ABI 6); and always ptrace, so ``/proc/PID/mem``, of any process outside the child. A hierarchy rule cannot
  be narrowed below it, so the allowed list is built precisely: a folder that holds something protected is replaced
  by its entries, recursively, leaving the protected part out.
- **seccomp-bpf**: no new process (``clone`` without ``CLONE_THREAD``, ``fork``, ``vfork``; ``clone3``, whose flags a
  filter cannot read, answers ``ENOSYS`` so that glibc falls back to ``clone``), while threads keep working for BLAS
  and PyTorch; no socket but ``AF_UNIX`` (Landlock does not cover UDP, raw or netlink sockets); none of the calls
  that escape or change a system (namespaces, mount, ptrace, bpf, io_uring, keyrings, modules, reboot...).

The same split as bubblewrap (namespaces and a seccomp program it is handed), minijail (a policy compiled to BPF,
applied after fork) and nsjail (Kafel policies): the parent prepares, the child applies in one short sequence, and
a failure to apply is fatal, never silent. Namespaces are not used: Landlock and seccomp hold the same lines without
the cost of building a mount tree per check, and they work inside containers that forbid user namespaces.

:func:`probe` says what this machine offers, as an :class:`Isolation`, for ``mlsteps doctor`` and ``mlsteps grade``.
This module uses the standard library only (the worker imports it at start-up).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import stat
import struct
import sys
from pathlib import Path
from typing import NamedTuple

FULL, PARTIAL, BASIC = "full", "partial", "basic"
FORCE_VARIABLE = "MLSTEPS_ISOLATION"  # "basic": use no kernel layer (to see how a machine without them behaves)
NOBODY = 65534

# ------------------------------------------------------------------------------------------------ Landlock

_LANDLOCK_CREATE_RULESET_VERSION = 1
_LANDLOCK_RULE_PATH_BENEATH = 1
_SYSCALLS = {  # landlock_create_ruleset, landlock_add_rule, landlock_restrict_self: one number on every architecture
    "landlock_create_ruleset": 444,
    "landlock_add_rule": 445,
    "landlock_restrict_self": 446,
}

EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
REMOVE_DIR, REMOVE_FILE, MAKE_CHAR, MAKE_DIR = 1 << 4, 1 << 5, 1 << 6, 1 << 7
MAKE_REG, MAKE_SOCK, MAKE_FIFO, MAKE_BLOCK = 1 << 8, 1 << 9, 1 << 10, 1 << 11
MAKE_SYM, REFER, TRUNCATE, IOCTL_DEV = 1 << 12, 1 << 13, 1 << 14, 1 << 15
FILE_ONLY = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV  # what a rule on a file (not a folder) may allow
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1

READ = READ_FILE | READ_DIR
JOB_FOLDER = (
    WRITE_FILE | READ_FILE | READ_DIR | REMOVE_DIR | REMOVE_FILE | MAKE_DIR | MAKE_REG | MAKE_SOCK | MAKE_FIFO
    | MAKE_SYM | REFER | TRUNCATE
)  # fmt: skip


def _handled_fs(abi: int) -> int:
    handled = (1 << 13) - 1  # ABI 1: EXECUTE .. MAKE_SYM
    if abi >= 2:
        handled |= REFER
    if abi >= 3:
        handled |= TRUNCATE
    if abi >= 5:
        handled |= IOCTL_DEV
    return handled


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


# ------------------------------------------------------------------------------------------------- seccomp

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_PR_SET_DUMPABLE = 4
_SECCOMP_MODE_FILTER = 2
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_RET_KILL_PROCESS = 0x80000000
_CLONE_THREAD = 0x00010000
_CLONE_NAMESPACES = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000
_AF_UNIX = 1

# Per architecture: the audit value, then the system calls the filter names. Numbers from the kernel's unistd headers.
_ARCHES = {
    "x86_64": {
        "audit": 0xC000003E,
        "x32": True,
        "clone": 56, "clone3": 435, "fork": 57, "vfork": 58, "execve": 59, "execveat": 322, "socket": 41,
        "denied": {
            "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312, "pidfd_getfd": 438,
            "unshare": 272, "setns": 308, "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161,
            "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
            "mount_setattr": 442, "bpf": 321, "perf_event_open": 298, "userfaultfd": 323, "io_uring_setup": 425,
            "io_uring_enter": 426, "io_uring_register": 427, "keyctl": 250, "add_key": 248, "request_key": 249,
            "name_to_handle_at": 303, "open_by_handle_at": 304, "init_module": 175, "finit_module": 313,
            "delete_module": 176, "kexec_load": 246, "kexec_file_load": 320, "reboot": 169, "swapon": 167,
            "swapoff": 168, "acct": 163, "syslog": 103, "personality": 135, "modify_ldt": 154, "iopl": 172,
            "ioperm": 173, "quotactl": 179, "settimeofday": 164, "clock_settime": 227, "adjtimex": 159,
            "clock_adjtime": 305, "uselib": 134,
        },
    },
    "aarch64": {
        "audit": 0xC00000B7,
        "x32": False,
        "clone": 220, "clone3": 435, "fork": None, "vfork": None, "execve": 221, "execveat": 281, "socket": 198,
        "denied": {
            "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "kcmp": 272, "pidfd_getfd": 438,
            "unshare": 97, "setns": 268, "mount": 40, "umount2": 39, "pivot_root": 41, "chroot": 51,
            "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
            "mount_setattr": 442, "bpf": 280, "perf_event_open": 241, "userfaultfd": 282, "io_uring_setup": 425,
            "io_uring_enter": 426, "io_uring_register": 427, "keyctl": 219, "add_key": 217, "request_key": 218,
            "name_to_handle_at": 264, "open_by_handle_at": 265, "init_module": 105, "finit_module": 273,
            "delete_module": 106, "kexec_load": 104, "kexec_file_load": 294, "reboot": 142, "swapon": 224,
            "swapoff": 225, "acct": 89, "syslog": 116, "personality": 92, "quotactl": 60, "settimeofday": 170,
            "clock_settime": 112, "adjtimex": 171, "clock_adjtime": 266,
        },
    },
}  # fmt: skip


def seccomp_program(arch: str) -> bytes:
    """The classic-BPF program, as the kernel reads it: 8 bytes an instruction (code, jt, jf, k)."""
    table = _ARCHES[arch]
    # Instructions as (code, jt, jf, k); jumps name labels that are resolved below.
    program: list[tuple[int, object, object, int]] = []
    labels: dict[str, int] = {}

    def op(code: int, k: int = 0, jt: object = 0, jf: object = 0) -> None:
        program.append((code, jt, jf, k))

    LD, JEQ, JSET, JGE, RET = 0x20, 0x15, 0x45, 0x35, 0x06  # the BPF names
    op(LD, 4)  # seccomp_data.arch
    op(JEQ, table["audit"], 0, "kill")
    op(LD, 0)  # seccomp_data.nr
    if table["x32"]:
        op(JGE, 0x40000000, "eperm", 0)
    op(JEQ, table["clone"], "clone", 0)
    op(JEQ, table["clone3"], "enosys", 0)
    op(JEQ, table["socket"], "socket", 0)
    for name in ("fork", "vfork"):
        if table[name] is not None:
            op(JEQ, table[name], "eperm", 0)
    op(JEQ, table["execve"], "eacces", 0)
    op(JEQ, table["execveat"], "eacces", 0)
    for number in table["denied"].values():
        op(JEQ, number, "eperm", 0)
    op(RET, _RET_ALLOW)
    labels["clone"] = len(program)
    op(LD, 16)  # the low half of args[0]: the clone flags
    op(JSET, _CLONE_THREAD, 0, "eperm")  # a thread, or nothing
    op(JSET, _CLONE_NAMESPACES, "eperm", 0)
    op(RET, _RET_ALLOW)
    labels["socket"] = len(program)
    op(LD, 16)  # args[0]: the address family
    op(JEQ, _AF_UNIX, 0, "eafnosupport")
    op(RET, _RET_ALLOW)
    for label, value in (
        ("eperm", _RET_ERRNO | errno.EPERM),
        ("eacces", _RET_ERRNO | errno.EACCES),
        ("enosys", _RET_ERRNO | errno.ENOSYS),
        ("eafnosupport", _RET_ERRNO | errno.EAFNOSUPPORT),
        ("kill", _RET_KILL_PROCESS),
    ):
        labels[label] = len(program)
        op(RET, value)
    encoded = b""
    for index, (code, jt, jf, k) in enumerate(program):
        offsets = [labels[j] - index - 1 if isinstance(j, str) else j for j in (jt, jf)]
        assert all(0 <= o <= 255 for o in offsets), offsets  # type: ignore[operator]
        encoded += struct.pack("=HBBI", code, offsets[0], offsets[1], k)
    return encoded


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


_CAPABILITY_VERSION_3 = 0x20080522


# --------------------------------------------------------------------------------------------- what it holds


class Isolation(NamedTuple):
    """Which isolation is active for learner code on this machine, and what it does not stop."""

    level: str  # FULL, PARTIAL or BASIC
    landlock_abi: int = 0
    seccomp: bool = False
    privileges: str = ""  # how the child gives up root, or "not root"
    holds: tuple[str, ...] = ()  # what the kernel stops
    gaps: tuple[str, ...] = ()  # what nothing stops at this level

    @property
    def full(self) -> bool:
        return self.level == FULL

    def as_dict(self) -> dict[str, object]:
        return {
            "level": self.level,
            "landlock_abi": self.landlock_abi,
            "seccomp": self.seccomp,
            "privileges": self.privileges,
            "holds": list(self.holds),
            "gaps": list(self.gaps),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Isolation:
        return cls(
            level=str(data["level"]),
            landlock_abi=int(data.get("landlock_abi", 0)),  # type: ignore[arg-type]
            seccomp=bool(data.get("seccomp")),
            privileges=str(data.get("privileges", "")),
            holds=tuple(data.get("holds", ())),  # type: ignore[arg-type]
            gaps=tuple(data.get("gaps", ())),  # type: ignore[arg-type]
        )

    def describe(self) -> str:
        """One line for a person: the level and, below full, what is not stopped."""
        if self.level == FULL:
            return "full: the kernel confines learner code (files, processes, network, signals, other memory)"
        if self.level == BASIC:
            return "basic: limits and Python audit hooks only; code that uses ctypes or C can get past them"
        return "partial: " + "; ".join(self.gaps)


_BASIC_GAPS = (
    "files: learner code can read any file the user can, and write through C or ctypes (sqlite3 too)",
    "processes: learner code can start processes through ctypes or _posixsubprocess, and they may outlive a check",
    "signals and memory: learner code can signal or read other processes of the same user, the judge included",
    "network: learner code can open sockets",
)


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def landlock_abi() -> int:
    """The Landlock ABI version the kernel offers (0: none)."""
    if sys.platform != "linux":
        return 0
    try:
        libc = _libc()
        libc.syscall.restype = ctypes.c_long
        version = libc.syscall(
            ctypes.c_long(_SYSCALLS["landlock_create_ruleset"]), None, ctypes.c_size_t(0),
            ctypes.c_uint32(_LANDLOCK_CREATE_RULESET_VERSION),
        )  # fmt: skip
    except (OSError, AttributeError):
        return 0
    return max(int(version), 0)


def _arch() -> str | None:
    machine = os.uname().machine.lower()
    name = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    return name if name in _ARCHES and struct.calcsize("P") == 8 else None


def _seccomp_available() -> bool:
    if sys.platform != "linux" or _arch() is None:
        return False
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            return any(line.startswith("Seccomp:") for line in status)
    except OSError:
        return False


def probe() -> Isolation:
    """What the learner's sandbox holds on this machine (the zygote reports the same once it has built it)."""
    if os.environ.get(FORCE_VARIABLE, "").lower() == BASIC:
        return Isolation(BASIC, gaps=(f"{FORCE_VARIABLE}=basic turned the kernel's layers off", *_BASIC_GAPS))
    if sys.platform != "linux":
        return Isolation(BASIC, gaps=(f"{sys.platform} has no Landlock or seccomp", *_BASIC_GAPS))
    abi = landlock_abi()
    seccomp = _seccomp_available()
    privileges = _privileges_plan(None)
    return _assess(abi, seccomp, privileges)


def _assess(abi: int, seccomp: bool, privileges: str) -> Isolation:
    holds: list[str] = []
    gaps: list[str] = []
    if abi >= 1:
        holds.append("files: reads only Python, the packages and shipped data; writes only its job folder")
        holds.append("other processes' memory and /proc: not readable (ptrace denied outside the child)")
    else:
        gaps.append("files: no Landlock in this kernel (5.13 or later); only an audit hook guards writes")
        gaps.append("other processes' memory: readable through /proc by code running as the same user")
    if abi >= 6:
        holds.append("signals and abstract unix sockets: only within the child")
    elif abi >= 1:
        gaps.append(
            f"signals: Landlock ABI {abi} cannot scope them (ABI 6 can); processes of the same user can be signalled"
        )
    if seccomp:
        holds.append("processes: no fork, vfork, exec or namespaces (seccomp); threads work")
        holds.append("network: no socket but a local unix one (seccomp)" + ("; no TCP (Landlock)" if abi >= 4 else ""))
    else:
        gaps.append("processes: no seccomp filter for this machine; an audit hook refuses them, ctypes gets past it")
        if abi < 4:
            gaps.append("network: sockets are not blocked")
        else:
            gaps.append("network: TCP is blocked (Landlock), UDP and raw sockets are not")
    if privileges == "root":
        gaps.append("privileges: root could not give up its capabilities")
    level = FULL if abi >= 6 and seccomp and privileges != "root" else PARTIAL if abi or seccomp else BASIC
    if level == BASIC:
        gaps = list(_BASIC_GAPS)
    return Isolation(level, abi, seccomp, privileges, tuple(holds), tuple(gaps))


def _readable_by_others(paths: list[str]) -> bool:
    """Whether user 65534 could read every one of these paths (its folders traversable, itself readable)."""
    for path in paths:
        current = Path(path)
        for folder in [current, *current.parents]:
            try:
                mode = folder.stat().st_mode
            except OSError:
                return False
            needed = stat.S_IXOTH if folder != current or stat.S_ISDIR(mode) else 0
            if folder == current:
                needed |= stat.S_IROTH
            if mode & needed != needed:
                return False
    return True


def _privileges_plan(roots: list[str] | None) -> str:
    """How a child gives up root: ``nobody`` where it can still read Python, else an empty capability set."""
    if os.geteuid() != 0:
        return "not root"
    if roots is not None and _readable_by_others(roots):
        return f"uid {NOBODY}"
    return "capabilities dropped (uid 0)"


# -------------------------------------------------------------------------------------------- the policy


def _is_within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _package_root() -> str:
    return os.path.realpath(Path(__file__).resolve().parent.parent)


def python_roots() -> list[str]:
    """Folders (and files) that running Python reads: the import path and the system's shared libraries."""
    roots = [p for p in sys.path if p]
    roots += [os.path.dirname(os.__file__), sys.base_prefix, sys.prefix]
    roots += ["/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib", "/usr/share/zoneinfo"]
    seen: list[str] = []
    for root in roots:
        real = os.path.realpath(root)
        if os.path.exists(real) and real not in seen:
            seen.append(real)
    return seen


# Files and folders outside Python that libraries read; none holds anything of the judge's or the learners'.
SYSTEM_READ = (
    "/etc/ld.so.cache",
    "/etc/localtime",
    "/proc/cpuinfo",
    "/proc/meminfo",
    "/sys/devices/system/cpu",
    "/sys/devices/system/node",
    "/sys/fs/cgroup",
    "/dev/urandom",
    "/dev/random",
    "/dev/zero",
)
SYSTEM_WRITE = ("/dev/null",)
OWN_PROC = ("maps", "mem", "smaps", "stat", "statm", "status")  # the child's own /proc entries


class SandboxError(RuntimeError):
    """The sandbox could not be entered: the child must not run learner code."""


class Policy:
    """The rules for every child of one zygote, prepared once: path descriptors and the seccomp program."""

    def __init__(self, jobs_root: str, protected: list[str] | None = None) -> None:
        self.jobs_root = os.path.realpath(jobs_root)
        self.libc = _libc()
        self.libc.syscall.restype = ctypes.c_long
        self.abi = landlock_abi()
        self.arch = _arch()
        self.seccomp = _seccomp_available()
        self.package = _package_root()
        # What no child may read even where a broader folder is allowed: the exercises (checks, solutions) and
        # whatever the judge names (a course's folder, the reference cache, a workspace).
        self.protected: list[str] = [os.path.join(self.package, "content")]
        self.extra_read = [os.path.join(self.package, "content", name) for name in ("datasets", "pretrained")]
        self.roots = python_roots()
        self.privileges = _privileges_plan(self.roots)
        self.uid = NOBODY if self.privileges == f"uid {NOBODY}" else None
        self.protected += [os.path.realpath(p) for p in protected or []]
        self._cap_header = _CapHeader(_CAPABILITY_VERSION_3, 0)
        self._cap_data = (_CapData * 2)()  # all zero: no capability at all
        self._rules: list[tuple[int, int]] = []  # (O_PATH descriptor, allowed access)
        self._job_fd: int | None = None
        self._job_folder: str | None = None
        self._allowed_list: list[tuple[str, int]] = []
        self._program = None
        self._fprog = None
        if self.seccomp:
            assert self.arch is not None
            code = seccomp_program(self.arch)
            self._program = ctypes.create_string_buffer(code, len(code))
            self._fprog = _SockFprog(len(code) // 8, ctypes.cast(self._program, ctypes.c_void_p))
        self._open_rules()

    # ------------------------------------------------------------------ building (in the zygote)

    @property
    def isolation(self) -> Isolation:
        return _assess(self.abi, self.seccomp, self.privileges)

    def protect(self, paths: list[str]) -> bool:
        """Keep these paths out of reach; True when the rules had to be rebuilt for them (once per new path)."""
        new = []
        for path in paths:
            real = os.path.realpath(path)
            if not any(_is_within(real, p) for p in [*self.protected, *new]):
                new.append(real)
        if not new:
            return False
        self.protected += new
        if not any(_is_within(real, allowed) for real in new for allowed, _ in self._allowed_list):
            return False
        self._open_rules()
        return True

    def _allowed(self) -> list[tuple[str, int]]:
        """Every path a child may reach and how, with the protected ones cut out of the folders that hold them."""
        allowed: list[tuple[str, int]] = []

        def allow(path: str, access: int) -> None:
            if any(_is_within(path, p) for p in self.protected):
                return
            if any(_is_within(p, path) for p in self.protected) and os.path.isdir(path):
                try:
                    entries = sorted(os.listdir(path))
                except OSError:
                    return
                for entry in entries:
                    allow(os.path.join(path, entry), access)
                return
            if os.path.exists(path) and not any(_is_within(path, done) for done, _ in allowed):
                allowed.append((path, access))

        for root in sorted({os.path.realpath(r) for r in [*self.roots, *SYSTEM_READ]}, key=len):
            allow(root, READ)
        allowed += [(path, READ) for path in self.extra_read if os.path.exists(path)]  # inside the protected content
        for path in SYSTEM_WRITE:
            allowed.append((path, READ_FILE | WRITE_FILE | TRUNCATE))
        return allowed  # and the job folder, named per job (prepare_folder)

    def _open_rules(self) -> None:
        for fd, _ in self._rules:
            os.close(fd)
        self._rules = []
        self._allowed_list = self._allowed()
        if self.abi < 1:
            return
        handled = _handled_fs(self.abi)
        for path, access in self._allowed_list:
            try:
                fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue
            if not stat.S_ISDIR(os.fstat(fd).st_mode):
                access &= FILE_ONLY
            self._rules.append((fd, access & handled))

    def works(self) -> bool:
        """Whether a child can enter this policy here (a kernel can announce a layer and refuse it, in a container):
        tried once, in a throwaway child."""
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                self.enter(set())
                code = 0
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status) == 0

    def without(self, layer: str) -> None:
        """Give up a layer the kernel refused ("landlock" or "seccomp"): what is left is reported as it is."""
        if layer == "landlock":
            self.abi = 0
            for fd in self.descriptors():
                os.close(fd)
            self._rules, self._job_fd, self._job_folder = [], None, None
        else:
            self.seccomp, self._fprog = False, None

    def readable(self, path: str) -> bool:
        """Whether a child could read this path under the current rules (a pure path computation)."""
        real = os.path.realpath(path)
        return any(_is_within(real, allowed) for allowed, _ in self._allowed_list)

    # ------------------------------------------------------------------ entering (in the child)

    def prepare_folder(self, folder: str) -> None:
        """The job folder the next children may write in, and only it (not the jobs folder around it): given to
        the user the child will become (done by the zygote, before the fork)."""
        if self.uid is not None:
            os.chown(folder, self.uid, self.uid)
        if self.abi >= 1 and folder != self._job_folder:
            if self._job_fd is not None:
                os.close(self._job_fd)
            self._job_fd = os.open(folder, os.O_PATH | os.O_CLOEXEC)
            self._job_folder = folder

    def descriptors(self) -> list[int]:
        return [fd for fd, _ in self._rules] + ([self._job_fd] if self._job_fd is not None else [])

    def enter(self, keep: set[int]) -> None:
        """Confine the calling process for good. Call it in a fresh single-threaded child; raises SandboxError."""
        own_proc = []
        if self.abi >= 1:  # the child's own /proc entries, which only it can open now
            for name in OWN_PROC:
                with contextlib.suppress(OSError):
                    own_proc.append(os.open(f"/proc/{os.getpid()}/{name}", os.O_PATH | os.O_CLOEXEC))
        try:
            self._drop_privileges()
            self._call(self.libc.prctl, _PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0, what="no_new_privs")
            if self.abi >= 1:
                self._landlock(own_proc)
        finally:
            for fd in own_proc:
                os.close(fd)
        for fd in self.descriptors():
            if fd not in keep:
                os.close(fd)
        self._rules = []
        self._job_fd = None
        close_all_but(keep)
        if self._fprog is not None:
            self._call(
                self.libc.prctl, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(self._fprog), 0, 0, what="seccomp"
            )

    def _call(self, function: object, *args: object, what: str) -> int:
        result = function(*args)  # type: ignore[operator]
        if result < 0:
            code = ctypes.get_errno()
            raise SandboxError(f"{what} failed: {os.strerror(code)}")
        return int(result)

    def _drop_privileges(self) -> None:
        if os.geteuid() != 0:
            return
        if self.uid is not None:
            os.setgroups([])
            os.setresgid(self.uid, self.uid, self.uid)
            os.setresuid(self.uid, self.uid, self.uid)
            self._call(self.libc.prctl, _PR_SET_DUMPABLE, 1, 0, 0, 0, what="dumpable")  # its own /proc stays its own
            return
        self._call(self.libc.capset, ctypes.byref(self._cap_header), self._cap_data, what="dropping capabilities")

    def _landlock(self, own_proc: list[int]) -> None:
        syscall = self.libc.syscall
        attr = _RulesetAttr(_handled_fs(self.abi), 0, 0)
        size = 8
        if self.abi >= 4:
            attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP
            size = 16
        if self.abi >= 6:
            attr.scoped = SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL
            size = 24
        ruleset = syscall(
            ctypes.c_long(_SYSCALLS["landlock_create_ruleset"]), ctypes.byref(attr), ctypes.c_size_t(size),
            ctypes.c_uint32(0),
        )  # fmt: skip
        if ruleset < 0:
            raise SandboxError(f"Landlock: {os.strerror(ctypes.get_errno())}")
        try:
            rule = _PathBeneath()
            own = [(fd, READ_FILE) for fd in own_proc]
            job = [(self._job_fd, JOB_FOLDER & _handled_fs(self.abi))] if self._job_fd is not None else []
            for fd, access in [*self._rules, *job, *own]:
                rule.allowed_access, rule.parent_fd = access, fd
                done = syscall(
                    ctypes.c_long(_SYSCALLS["landlock_add_rule"]), ctypes.c_int(ruleset),
                    ctypes.c_int(_LANDLOCK_RULE_PATH_BENEATH), ctypes.byref(rule), ctypes.c_uint32(0),
                )  # fmt: skip
                if done < 0:
                    raise SandboxError(f"Landlock rule: {os.strerror(ctypes.get_errno())}")
            restrict = ctypes.c_long(_SYSCALLS["landlock_restrict_self"])
            done = syscall(restrict, ctypes.c_int(ruleset), ctypes.c_uint32(0))
            if done < 0:
                raise SandboxError(f"Landlock: {os.strerror(ctypes.get_errno())}")
        finally:
            os.close(ruleset)


def close_all_but(keep: set[int]) -> None:
    """Close every descriptor above 2 but those kept: nothing the zygote holds stays within reach."""
    start = 3
    for fd in sorted(k for k in keep if k >= 3):
        os.closerange(start, fd)
        start = fd + 1
    try:
        highest = max(os.sysconf("SC_OPEN_MAX"), 1024)
    except (OSError, ValueError):
        highest = 1 << 16
    os.closerange(start, highest)
