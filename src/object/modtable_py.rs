//! The module tables of Python's standard library that arr provides
//! (`math`, `os.path`, `json`, `collections`, ...), split from
//! `modtable.rs` (which lists them in `MODULES`). Std only.

use super::modtable::Attr::{self, Global, Module};

/// `argparse`: Python's argparse (globals the interpreter provides).
pub(super) const ARGPARSE: &[(&str, Attr)] = &[
    ("ArgumentParser", Global("argparse_ArgumentParser")),
    ("Namespace", Global("argparse_Namespace")),
];

/// `json`: Python's json.
pub(super) const JSON: &[(&str, Attr)] = &[
    ("JSONDecodeError", Global("JSONDecodeError")),
    ("dump", Global("json_dump")),
    ("dumps", Global("json_dumps")),
    ("load", Global("json_load")),
    ("loads", Global("json_loads")),
];

/// `math`: Python's math (globals the interpreter provides).
pub(super) const MATH: &[(&str, Attr)] = &[
    ("acos", Global("math_acos")),
    ("asin", Global("math_asin")),
    ("atan", Global("math_atan")),
    ("atan2", Global("math_atan2")),
    ("cbrt", Global("math_cbrt")),
    ("ceil", Global("math_ceil")),
    ("comb", Global("math_comb")),
    ("copysign", Global("math_copysign")),
    ("cos", Global("math_cos")),
    ("cosh", Global("math_cosh")),
    ("degrees", Global("math_degrees")),
    ("dist", Global("math_dist")),
    ("e", Global("math_e")),
    ("exp", Global("math_exp")),
    ("expm1", Global("math_expm1")),
    ("fabs", Global("math_fabs")),
    ("factorial", Global("math_factorial")),
    ("floor", Global("math_floor")),
    ("fmod", Global("math_fmod")),
    ("frexp", Global("math_frexp")),
    ("fsum", Global("math_fsum")),
    ("gcd", Global("math_gcd")),
    ("hypot", Global("math_hypot")),
    ("inf", Global("math_inf")),
    ("isclose", Global("math_isclose")),
    ("isfinite", Global("math_isfinite")),
    ("isinf", Global("math_isinf")),
    ("isnan", Global("math_isnan")),
    ("isqrt", Global("math_isqrt")),
    ("lcm", Global("math_lcm")),
    ("ldexp", Global("math_ldexp")),
    ("log", Global("math_log")),
    ("log10", Global("math_log10")),
    ("log1p", Global("math_log1p")),
    ("log2", Global("math_log2")),
    ("modf", Global("math_modf")),
    ("nan", Global("math_nan")),
    ("perm", Global("math_perm")),
    ("pi", Global("math_pi")),
    ("pow", Global("math_pow")),
    ("prod", Global("math_prod")),
    ("radians", Global("math_radians")),
    ("remainder", Global("math_remainder")),
    ("sin", Global("math_sin")),
    ("sinh", Global("math_sinh")),
    ("sqrt", Global("math_sqrt")),
    ("tan", Global("math_tan")),
    ("tanh", Global("math_tanh")),
    ("tau", Global("math_tau")),
    ("trunc", Global("math_trunc")),
];

/// `os`: Python's os.
pub(super) const OS: &[(&str, Attr)] = &[
    ("environ", Global("os_environ")),
    ("getcwd", Global("os_getcwd")),
    ("getenv", Global("os_getenv")),
    ("linesep", Global("os_linesep")),
    ("listdir", Global("os_listdir")),
    ("makedirs", Global("os_makedirs")),
    ("name", Global("os_name")),
    ("path", Module("os.path")),
    ("remove", Global("os_remove")),
    ("sep", Global("os_sep")),
];

/// `os.path`.
pub(super) const OS_PATH: &[(&str, Attr)] = &[
    ("abspath", Global("os_path_abspath")),
    ("basename", Global("os_path_basename")),
    ("dirname", Global("os_path_dirname")),
    ("exists", Global("os_path_exists")),
    ("expanduser", Global("os_path_expanduser")),
    ("getsize", Global("os_path_getsize")),
    ("isabs", Global("os_path_isabs")),
    ("isdir", Global("os_path_isdir")),
    ("isfile", Global("os_path_isfile")),
    ("join", Global("os_path_join")),
    ("normpath", Global("os_path_normpath")),
    ("sep", Global("os_path_sep")),
    ("split", Global("os_path_split")),
    ("splitext", Global("os_path_splitext")),
];

/// `random`: Python's random (not NumPy's: `random_*` globals).
pub(super) const RANDOM: &[(&str, Attr)] = &[
    ("Random", Global("_py_random_Random")),
    ("choice", Global("random_choice")),
    ("choices", Global("random_choices")),
    ("expovariate", Global("random_expovariate")),
    ("gauss", Global("random_gauss")),
    ("getrandbits", Global("random_getrandbits")),
    ("lognormvariate", Global("random_lognormvariate")),
    ("normalvariate", Global("random_normalvariate")),
    ("paretovariate", Global("random_paretovariate")),
    ("randint", Global("random_randint")),
    ("random", Global("random_random")),
    ("randrange", Global("random_randrange")),
    ("sample", Global("random_sample")),
    ("seed", Global("random_seed")),
    ("shuffle", Global("random_shuffle")),
    ("triangular", Global("random_triangular")),
    ("uniform", Global("random_uniform")),
    ("weibullvariate", Global("random_weibullvariate")),
];

/// `sys`: Python's sys.
pub(super) const SYS: &[(&str, Attr)] = &[
    ("argv", Global("sys_argv")),
    ("exit", Global("sys_exit")),
    ("getrecursionlimit", Global("sys_getrecursionlimit")),
    ("maxsize", Global("sys_maxsize")),
    ("platform", Global("sys_platform")),
    ("setrecursionlimit", Global("sys_setrecursionlimit")),
    ("stderr", Global("sys_stderr")),
    ("stdout", Global("sys_stdout")),
    ("version", Global("sys_version")),
    ("version_info", Global("sys_version_info")),
];

/// `time`: Python's time.
pub(super) const TIME: &[(&str, Attr)] = &[
    ("monotonic", Global("time_monotonic")),
    ("perf_counter", Global("time_perf_counter")),
    ("perf_counter_ns", Global("time_perf_counter_ns")),
    ("process_time", Global("time_process_time")),
    ("sleep", Global("time_sleep")),
    ("time", Global("time_time")),
    ("time_ns", Global("time_time_ns")),
];

/// `typing`: written in arr (`stdlib/py_typing.arr`): aliases, type
/// variables, `Generic`, `NamedTuple` classes and `cast` at run time.
pub(super) const TYPING: &[(&str, Attr)] = &[
    ("Annotated", Global("_py_typing_Annotated")),
    ("Any", Global("_py_typing_Any")),
    ("Callable", Global("_py_typing_Callable")),
    ("ClassVar", Global("_py_typing_ClassVar")),
    ("Counter", Global("_py_typing_Counter")),
    ("DefaultDict", Global("_py_typing_DefaultDict")),
    ("Deque", Global("_py_typing_Deque")),
    ("Dict", Global("_py_typing_Dict")),
    ("Final", Global("_py_typing_Final")),
    ("FrozenSet", Global("_py_typing_FrozenSet")),
    ("Generator", Global("_py_typing_Generator")),
    ("Generic", Global("_py_typing_Generic")),
    ("Iterable", Global("_py_typing_Iterable")),
    ("Iterator", Global("_py_typing_Iterator")),
    ("List", Global("_py_typing_List")),
    ("Literal", Global("_py_typing_Literal")),
    ("Mapping", Global("_py_typing_Mapping")),
    ("MutableMapping", Global("_py_typing_MutableMapping")),
    ("NamedTuple", Global("_py_typing_NamedTuple")),
    ("NoReturn", Global("_py_typing_NoReturn")),
    ("Optional", Global("_py_typing_Optional")),
    ("Protocol", Global("_py_typing_Protocol")),
    ("Sequence", Global("_py_typing_Sequence")),
    ("Set", Global("_py_typing_Set")),
    ("TYPE_CHECKING", Global("_py_typing_TYPE_CHECKING")),
    ("Tuple", Global("_py_typing_Tuple")),
    ("Type", Global("_py_typing_Type")),
    ("TypeVar", Global("_py_typing_TypeVar")),
    ("Union", Global("_py_typing_Union")),
    ("cast", Global("_py_typing_cast")),
    ("final", Global("_py_typing_final")),
    ("no_type_check", Global("_py_typing_no_type_check")),
    ("overload", Global("_py_typing_overload")),
    ("runtime_checkable", Global("_py_typing_runtime_checkable")),
];

/// `collections`: written in arr (`stdlib/py_collections.arr`, loaded on
/// first use).
pub(super) const COLLECTIONS: &[(&str, Attr)] = &[
    ("ChainMap", Global("_py_collections_ChainMap")),
    ("Counter", Global("_py_Counter")),
    ("OrderedDict", Global("_py_OrderedDict")),
    ("defaultdict", Global("_py_defaultdict")),
    ("deque", Global("_py_deque")),
    ("namedtuple", Global("_py_namedtuple")),
];

/// `functools`: written in arr (`stdlib/py_functools.arr`).
pub(super) const FUNCTOOLS: &[(&str, Attr)] = &[
    ("cache", Global("_py_functools_cache")),
    ("cmp_to_key", Global("_py_functools_cmp_to_key")),
    ("lru_cache", Global("_py_functools_lru_cache")),
    ("partial", Global("_py_functools_partial")),
    ("reduce", Global("_py_functools_reduce")),
    ("total_ordering", Global("_py_functools_total_ordering")),
    ("update_wrapper", Global("_py_functools_update_wrapper")),
    ("wraps", Global("_py_functools_wraps")),
];

/// `contextlib`: written in arr (`stdlib/py_contextlib.arr`).
pub(super) const CONTEXTLIB: &[(&str, Attr)] = &[
    ("closing", Global("_py_contextlib_closing")),
    ("contextmanager", Global("_py_contextlib_contextmanager")),
    ("nullcontext", Global("_py_contextlib_nullcontext")),
    ("suppress", Global("_py_contextlib_suppress")),
];

/// `dataclasses`: written in arr (`stdlib/py_dataclasses.arr`).
pub(super) const DATACLASSES: &[(&str, Attr)] = &[
    (
        "FrozenInstanceError",
        Global("_py_dataclasses_FrozenInstanceError"),
    ),
    ("MISSING", Global("_py_dataclasses_MISSING")),
    ("asdict", Global("_py_dataclasses_asdict")),
    ("astuple", Global("_py_dataclasses_astuple")),
    ("dataclass", Global("_py_dataclasses_dataclass")),
    ("field", Global("_py_dataclasses_field")),
    ("fields", Global("_py_dataclasses_fields")),
    ("is_dataclass", Global("_py_dataclasses_is_dataclass")),
    ("replace", Global("_py_dataclasses_replace")),
];

/// `enum`: written in arr (`stdlib/py_enum.arr`).
pub(super) const ENUM: &[(&str, Attr)] = &[
    ("Enum", Global("_py_enum_Enum")),
    ("IntEnum", Global("_py_enum_IntEnum")),
    ("StrEnum", Global("_py_enum_StrEnum")),
    ("auto", Global("_py_enum_auto")),
    ("unique", Global("_py_enum_unique")),
];

/// `re`: regular expressions (`src/builtins/pyre.rs`, on fancy-regex).
pub(super) const RE: &[(&str, Attr)] = &[
    ("A", Global("re_A")),
    ("ASCII", Global("re_ASCII")),
    ("DOTALL", Global("re_DOTALL")),
    ("I", Global("re_I")),
    ("IGNORECASE", Global("re_IGNORECASE")),
    ("M", Global("re_M")),
    ("MULTILINE", Global("re_MULTILINE")),
    ("PatternError", Global("PatternError")),
    ("S", Global("re_S")),
    ("VERBOSE", Global("re_VERBOSE")),
    ("X", Global("re_X")),
    ("compile", Global("re_compile")),
    ("error", Global("PatternError")),
    ("escape", Global("re_escape")),
    ("findall", Global("re_findall")),
    ("finditer", Global("re_finditer")),
    ("fullmatch", Global("re_fullmatch")),
    ("match", Global("re_match")),
    ("search", Global("re_search")),
    ("split", Global("re_split")),
    ("sub", Global("re_sub")),
    ("subn", Global("re_subn")),
];

/// `itertools`: written in arr (`stdlib/py_itertools.arr`); the streaming
/// functions are generators, the combinatoric ones return lists.
pub(super) const ITERTOOLS: &[(&str, Attr)] = &[
    ("accumulate", Global("_py_itertools_accumulate")),
    ("chain", Global("_py_itertools_chain")),
    ("combinations", Global("_py_itertools_combinations")),
    (
        "combinations_with_replacement",
        Global("_py_itertools_combinations_with_replacement"),
    ),
    ("compress", Global("_py_itertools_compress")),
    ("count", Global("_py_itertools_count")),
    ("cycle", Global("_py_itertools_cycle")),
    ("dropwhile", Global("_py_itertools_dropwhile")),
    ("filterfalse", Global("_py_itertools_filterfalse")),
    ("groupby", Global("_py_itertools_groupby")),
    ("islice", Global("_py_itertools_islice")),
    ("pairwise", Global("_py_itertools_pairwise")),
    ("permutations", Global("_py_itertools_permutations")),
    ("product", Global("_py_itertools_product")),
    ("repeat", Global("_py_itertools_repeat")),
    ("starmap", Global("_py_itertools_starmap")),
    ("takewhile", Global("_py_itertools_takewhile")),
    ("tee", Global("_py_itertools_tee")),
    ("zip_longest", Global("_py_itertools_zip_longest")),
];

/// `operator`: written in arr (`stdlib/py_operator.arr`).
pub(super) const OPERATOR: &[(&str, Attr)] = &[
    ("abs", Global("_py_operator_abs")),
    ("add", Global("_py_operator_add")),
    ("and_", Global("_py_operator_and_")),
    ("attrgetter", Global("_py_operator_attrgetter")),
    ("contains", Global("_py_operator_contains")),
    ("countOf", Global("_py_operator_countOf")),
    ("eq", Global("_py_operator_eq")),
    ("floordiv", Global("_py_operator_floordiv")),
    ("ge", Global("_py_operator_ge")),
    ("getitem", Global("_py_operator_getitem")),
    ("gt", Global("_py_operator_gt")),
    ("indexOf", Global("_py_operator_indexOf")),
    ("invert", Global("_py_operator_invert")),
    ("is_", Global("_py_operator_is_")),
    ("is_not", Global("_py_operator_is_not")),
    ("itemgetter", Global("_py_operator_itemgetter")),
    ("le", Global("_py_operator_le")),
    ("lshift", Global("_py_operator_lshift")),
    ("lt", Global("_py_operator_lt")),
    ("matmul", Global("_py_operator_matmul")),
    ("methodcaller", Global("_py_operator_methodcaller")),
    ("mod", Global("_py_operator_mod")),
    ("mul", Global("_py_operator_mul")),
    ("ne", Global("_py_operator_ne")),
    ("neg", Global("_py_operator_neg")),
    ("not_", Global("_py_operator_not_")),
    ("or_", Global("_py_operator_or_")),
    ("pos", Global("_py_operator_pos")),
    ("pow", Global("_py_operator_pow")),
    ("rshift", Global("_py_operator_rshift")),
    ("sub", Global("_py_operator_sub")),
    ("truediv", Global("_py_operator_truediv")),
    ("truth", Global("_py_operator_truth")),
    ("xor", Global("_py_operator_xor")),
];

/// `string`: its constants and `capwords` (`stdlib/py_operator.arr`).
pub(super) const STRING: &[(&str, Attr)] = &[
    ("ascii_letters", Global("_py_string_ascii_letters")),
    ("ascii_lowercase", Global("_py_string_ascii_lowercase")),
    ("ascii_uppercase", Global("_py_string_ascii_uppercase")),
    ("capwords", Global("_py_string_capwords")),
    ("digits", Global("_py_string_digits")),
    ("hexdigits", Global("_py_string_hexdigits")),
    ("octdigits", Global("_py_string_octdigits")),
    ("printable", Global("_py_string_printable")),
    ("punctuation", Global("_py_string_punctuation")),
    ("whitespace", Global("_py_string_whitespace")),
];

/// `heapq`: written in arr (`stdlib/py_heapq.arr`).
pub(super) const HEAPQ: &[(&str, Attr)] = &[
    ("heapify", Global("_py_heapq_heapify")),
    ("heappop", Global("_py_heapq_heappop")),
    ("heappush", Global("_py_heapq_heappush")),
    ("heappushpop", Global("_py_heapq_heappushpop")),
    ("heapreplace", Global("_py_heapq_heapreplace")),
    ("merge", Global("_py_heapq_merge")),
    ("nlargest", Global("_py_heapq_nlargest")),
    ("nsmallest", Global("_py_heapq_nsmallest")),
];

/// `bisect`: written in arr (`stdlib/py_heapq.arr`).
pub(super) const BISECT: &[(&str, Attr)] = &[
    ("bisect", Global("_py_bisect_bisect_right")),
    ("bisect_left", Global("_py_bisect_bisect_left")),
    ("bisect_right", Global("_py_bisect_bisect_right")),
    ("insort", Global("_py_bisect_insort_right")),
    ("insort_left", Global("_py_bisect_insort_left")),
    ("insort_right", Global("_py_bisect_insort_right")),
];

/// `abc`: `ABC` and `abstractmethod` (which marks nothing: `stdlib/py_heapq.arr`).
pub(super) const ABC: &[(&str, Attr)] = &[
    ("ABC", Global("_py_abc_ABC")),
    ("abstractmethod", Global("_py_abc_abstractmethod")),
];

/// `copy`.
pub(super) const COPY: &[(&str, Attr)] = &[
    ("copy", Global("copy_copy")),
    ("deepcopy", Global("copy_deepcopy")),
];

/// `statistics`: written in arr (`stdlib/py_statistics.arr`).
pub(super) const STATISTICS: &[(&str, Attr)] = &[
    (
        "LinearRegression",
        Global("_py_statistics_LinearRegression"),
    ),
    ("StatisticsError", Global("_py_statistics_StatisticsError")),
    ("correlation", Global("_py_statistics_correlation")),
    ("covariance", Global("_py_statistics_covariance")),
    ("fmean", Global("_py_statistics_fmean")),
    ("geometric_mean", Global("_py_statistics_geometric_mean")),
    ("harmonic_mean", Global("_py_statistics_harmonic_mean")),
    (
        "linear_regression",
        Global("_py_statistics_linear_regression"),
    ),
    ("mean", Global("_py_statistics_mean")),
    ("median", Global("_py_statistics_median")),
    ("median_grouped", Global("_py_statistics_median_grouped")),
    ("median_high", Global("_py_statistics_median_high")),
    ("median_low", Global("_py_statistics_median_low")),
    ("mode", Global("_py_statistics_mode")),
    ("multimode", Global("_py_statistics_multimode")),
    ("pstdev", Global("_py_statistics_pstdev")),
    ("pvariance", Global("_py_statistics_pvariance")),
    ("quantiles", Global("_py_statistics_quantiles")),
    ("stdev", Global("_py_statistics_stdev")),
    ("variance", Global("_py_statistics_variance")),
];

/// `textwrap`: written in arr (`stdlib/py_textwrap.arr`).
pub(super) const TEXTWRAP: &[(&str, Attr)] = &[
    ("TextWrapper", Global("_py_textwrap_TextWrapper")),
    ("dedent", Global("_py_textwrap_dedent")),
    ("fill", Global("_py_textwrap_fill")),
    ("indent", Global("_py_textwrap_indent")),
    ("shorten", Global("_py_textwrap_shorten")),
    ("wrap", Global("_py_textwrap_wrap")),
];

/// `cmath`: written in arr (`stdlib/py_cmath.arr`).
pub(super) const CMATH: &[(&str, Attr)] = &[
    ("cos", Global("_py_cmath_cos")),
    ("cosh", Global("_py_cmath_cosh")),
    ("e", Global("_py_cmath_e")),
    ("exp", Global("_py_cmath_exp")),
    ("inf", Global("_py_cmath_inf")),
    ("infj", Global("_py_cmath_infj")),
    ("isclose", Global("_py_cmath_isclose")),
    ("isfinite", Global("_py_cmath_isfinite")),
    ("isinf", Global("_py_cmath_isinf")),
    ("isnan", Global("_py_cmath_isnan")),
    ("log", Global("_py_cmath_log")),
    ("log10", Global("_py_cmath_log10")),
    ("nan", Global("_py_cmath_nan")),
    ("nanj", Global("_py_cmath_nanj")),
    ("phase", Global("_py_cmath_phase")),
    ("pi", Global("_py_cmath_pi")),
    ("polar", Global("_py_cmath_polar")),
    ("rect", Global("_py_cmath_rect")),
    ("sin", Global("_py_cmath_sin")),
    ("sinh", Global("_py_cmath_sinh")),
    ("sqrt", Global("_py_cmath_sqrt")),
    ("tan", Global("_py_cmath_tan")),
    ("tanh", Global("_py_cmath_tanh")),
    ("tau", Global("_py_cmath_tau")),
];

/// `io`: StringIO, written in arr (`stdlib/py_io.arr`).
pub(super) const IO: &[(&str, Attr)] = &[("StringIO", Global("_py_io_StringIO"))];

/// `fractions`: written in arr (`stdlib/py_fractions.arr`).
pub(super) const FRACTIONS: &[(&str, Attr)] = &[("Fraction", Global("_py_fractions_Fraction"))];
