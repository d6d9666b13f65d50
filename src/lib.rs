//! arr: an array scripting language. Source text -> tokens (`syntax::lexer`)
//! -> AST (`syntax::parse`) -> resolved AST (`resolve`) -> values (`eval`).
//!
//! Embed it through [`Engine`]:
//! ```
//! let mut engine = arr::Engine::new();
//! let v = engine.eval("sum([1, 2, 3])").unwrap();
//! assert_eq!(v.to_string(), "6");
//! ```

extern crate blas_src;

pub mod api;
pub mod array;
pub mod builtins;
pub mod error;
pub mod eval;
pub mod object;
pub mod pyargparse;
pub mod pyfmt;
pub mod pyjson;
pub mod pystr;
pub mod repl;
pub mod resolve;
pub mod syntax;
#[cfg(feature = "tensor")]
pub mod tensor;
pub mod value;

pub use api::{Engine, InterruptHandle};
pub use error::{Error, ErrorKind};
pub use value::convert::{FromValue, IntoValue};
pub use value::{Context, DType, HostValue, NdArray, Value};

/// The standard library written in arr, run when an interpreter starts.
pub const STDLIB: &[(&str, &str)] = &[
    (
        "<stdlib>/prelude.arr",
        include_str!("../stdlib/prelude.arr"),
    ),
    (
        "<stdlib>/py_random.arr",
        include_str!("../stdlib/py_random.arr"),
    ),
];

/// Python's standard modules written in arr, each run the first time a
/// program reaches one of its `_py_` globals (through `import collections`
/// and the like), so that start-up does not pay for them. A global named
/// after its file (`_py_np_poly_poly1d` in `py_np_poly.arr`) loads the files
/// up to that one (a file may use those before it), others the files in
/// order until one defines the name: cheap files come first.
pub const LAZY_STDLIB: &[(&str, &str)] = &[
    ("<stdlib>/py_io.arr", include_str!("../stdlib/py_io.arr")),
    (
        "<stdlib>/py_np_poly.arr",
        include_str!("../stdlib/py_np_poly.arr"),
    ),
    (
        "<stdlib>/py_torch.arr",
        include_str!("../stdlib/py_torch.arr"),
    ),
    ("<stdlib>/py_nn.arr", include_str!("../stdlib/py_nn.arr")),
    (
        "<stdlib>/py_cmath.arr",
        include_str!("../stdlib/py_cmath.arr"),
    ),
    (
        "<stdlib>/py_collections.arr",
        include_str!("../stdlib/py_collections.arr"),
    ),
    (
        "<stdlib>/py_functools.arr",
        include_str!("../stdlib/py_functools.arr"),
    ),
    (
        "<stdlib>/py_itertools.arr",
        include_str!("../stdlib/py_itertools.arr"),
    ),
    (
        "<stdlib>/py_operator.arr",
        include_str!("../stdlib/py_operator.arr"),
    ),
    (
        "<stdlib>/py_heapq.arr",
        include_str!("../stdlib/py_heapq.arr"),
    ),
    (
        "<stdlib>/py_contextlib.arr",
        include_str!("../stdlib/py_contextlib.arr"),
    ),
    (
        "<stdlib>/py_dataclasses.arr",
        include_str!("../stdlib/py_dataclasses.arr"),
    ),
    (
        "<stdlib>/py_enum.arr",
        include_str!("../stdlib/py_enum.arr"),
    ),
    (
        "<stdlib>/py_fractions.arr",
        include_str!("../stdlib/py_fractions.arr"),
    ),
    (
        "<stdlib>/py_statistics.arr",
        include_str!("../stdlib/py_statistics.arr"),
    ),
    (
        "<stdlib>/py_textwrap.arr",
        include_str!("../stdlib/py_textwrap.arr"),
    ),
    (
        "<stdlib>/py_chainmap.arr",
        include_str!("../stdlib/py_chainmap.arr"),
    ),
    (
        "<stdlib>/py_typing.arr",
        include_str!("../stdlib/py_typing.arr"),
    ),
];

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&value::format::value_str(self))
    }
}
