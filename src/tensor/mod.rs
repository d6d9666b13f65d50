//! Tensors, autodiff and models: the host side of arr's libtorch backend.
//!
//! The backend (`torch/`, built as `libarr_torch.so`) is opened the first
//! time a script makes a tensor or a model, so NumPy-style scripts start
//! without libtorch. Backend objects are `Value::Host` values
//! ([`object::BackendObj`]) that answer the object protocol by calling
//! their engine's backend; `grad` and `value_and_grad` run an arr function
//! on tensors that record a tape and ask libtorch for the gradients. An
//! engine installs this family ([`install`]); its backend state lives in the
//! engine ([`TensorState`]).

mod backend;
mod convert;
pub mod format;
mod grad;
pub mod layers;
mod methods;
pub mod object;
pub mod types;

pub use backend::INSTALL_HINT;

use crate::builtins::random::SeedHooks;
use crate::builtins::Registry;
use crate::eval::Interp;
use crate::value::{Builtin, Extensions, Value};
use std::rc::Rc;
use std::sync::LazyLock;

/// One engine's tensor state: its backend instance (made on first use),
/// the arr functions it may call back, and the last `seed(n)`.
#[derive(Default)]
pub struct TensorState {
    backend: Option<std::result::Result<Rc<backend::Instance>, String>>,
    funcs: Vec<Value>,
    seed: Option<i64>,
}

static FAMILY: LazyLock<Registry> = LazyLock::new(|| {
    let mut r = Registry::default();
    layers::register(&mut r);
    types::register(&mut r);
    r
});

/// The tensor family's builtins.
pub fn builtins() -> &'static [Builtin] {
    FAMILY.all()
}

/// Installs the tensor family in an interpreter: its builtins, and seeding
/// libtorch's generator with `seed(n)` (now if the backend is loaded, or
/// when it loads), so dropout, shuffling and initialisation repeat.
pub fn install(interp: &mut Interp) {
    interp.install(builtins());
    interp.extensions.get::<SeedHooks>().0.push(on_seed);
}

fn on_seed(ext: &mut Extensions, n: i64) {
    let st = ext.get::<TensorState>();
    st.seed = Some(n);
    if let Some(Ok(b)) = &st.backend {
        let _ = backend::call_plain(
            b,
            arr_torch_abi::Op::ManualSeed,
            vec![arr_torch_abi::Arg::Int(n)],
        );
    }
}
