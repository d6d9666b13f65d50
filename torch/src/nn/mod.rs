//! Keras-style models: `Sequential` stacks of layers built lazily from the
//! first input shape, `compile`/`fit`/`evaluate`/`predict`/`summary`,
//! weights saved as safetensors, and optimizers usable on their own
//! (`adam(model.parameters())`, `step`, `zero_grad`).
//!
//! Layout and defaults follow Keras: images are channels-last (N, H, W, C),
//! Dense kernels are (inputs, units) with Glorot-uniform initialisation and
//! zero biases, BatchNorm has momentum 0.99 and epsilon 1e-3, and `adam`
//! uses learning rate 1e-3 and epsilon 1e-7.
//!
//! `layer` holds the layer kinds, `model` the model and its methods,
//! `train` compile/fit/evaluate/predict, `loss` the losses and metrics,
//! `optim` the optimizers.

mod layer;
mod loss;
pub mod model;
pub mod optim;
pub mod train;

use crate::call::Table;

pub use model::Model;
pub use optim::Optimizer;

/// The model and optimizer operations' handlers, family by family.
pub const TABLES: &[Table] = &[model::TABLE, train::TABLE, optim::TABLE];
