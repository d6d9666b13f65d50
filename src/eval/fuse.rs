//! Fusion of element-wise arithmetic: `a*b + c*2.0 - a/3.0` on float64
//! arrays of one shape runs as a single pass over the data, chunk by chunk
//! and on all cores, with no full-size temporaries. Every element goes
//! through the same float operations in the same order as the unfused
//! evaluation, so the results are bit-identical.

use crate::array::kernels;
use crate::syntax::ast::{BinOp, Expr, ExprKind};
use crate::value::{NdArray, Value};
use ndarray::{ArrayD, IxDyn};

/// Arithmetic a fused program can run.
pub fn fusable_op(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div)
}

/// The leaves of an arithmetic tree, in evaluation order; `None` when the
/// tree has more than `MAX_LEAVES` of them.
pub const MAX_LEAVES: usize = 8;

pub fn leaves<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) -> bool {
    leaves_within(e, out, 0)
}

/// A tree of at most `MAX_LEAVES` leaves is at most `MAX_LEAVES - 1` deep, so
/// deeper trees are refused at once (long sums stay linear, not quadratic).
fn leaves_within<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>, depth: usize) -> bool {
    if depth >= MAX_LEAVES {
        return false;
    }
    match &e.kind {
        ExprKind::Binary(op, a, b) if fusable_op(*op) => {
            leaves_within(a, out, depth + 1) && leaves_within(b, out, depth + 1)
        }
        _ => {
            out.push(e);
            out.len() <= MAX_LEAVES
        }
    }
}

#[derive(Clone, Copy)]
enum Instr {
    Leaf(usize),
    Op(BinOp),
}

fn compile(e: &Expr, next_leaf: &mut usize, out: &mut Vec<Instr>) {
    match &e.kind {
        ExprKind::Binary(op, a, b) if fusable_op(*op) => {
            compile(a, next_leaf, out);
            compile(b, next_leaf, out);
            out.push(Instr::Op(*op));
        }
        _ => {
            out.push(Instr::Leaf(*next_leaf));
            *next_leaf += 1;
        }
    }
}

enum Input<'a> {
    Slice(&'a [f64]),
    Scalar(f64),
}

const CHUNK: usize = 512;

/// Runs the fused program when every leaf is a contiguous float64 array of
/// one shape or a number; `None` otherwise (the caller evaluates normally).
pub fn run(e: &Expr, vals: &[Value]) -> Option<Value> {
    let mut shape: Option<&[usize]> = None;
    let mut inputs = Vec::with_capacity(vals.len());
    for v in vals {
        match v {
            Value::Array(a) => match &**a {
                NdArray::F64(x) => {
                    match shape {
                        None => shape = Some(x.shape()),
                        Some(s) if s == x.shape() => {}
                        _ => return None,
                    }
                    inputs.push(Input::Slice(x.as_slice()?));
                }
                _ => return None,
            },
            Value::Float(f) => inputs.push(Input::Scalar(*f)),
            Value::Int(i) => inputs.push(Input::Scalar(*i as f64)),
            Value::Bool(b) => inputs.push(Input::Scalar(*b as u8 as f64)),
            _ => return None,
        }
    }
    let shape = shape?;
    let n: usize = shape.iter().product();
    // Small arrays gain nothing from fusion.
    if n < 4096 {
        return None;
    }
    let mut prog = Vec::new();
    compile(e, &mut 0, &mut prog);
    let depth = prog.len();
    let eval_chunk = |start: usize, out: &mut [std::mem::MaybeUninit<f64>]| {
        let len = out.len();
        let mut bufs = vec![[0.0f64; CHUNK]; depth];
        let mut offset = 0;
        while offset < len {
            let m = CHUNK.min(len - offset);
            let base = start + offset;
            // Stack of buffer indices; each holds a computed operand.
            let mut stack: Vec<usize> = Vec::with_capacity(depth);
            let mut used = 0;
            for ins in &prog {
                match *ins {
                    Instr::Leaf(i) => {
                        let b = &mut bufs[used];
                        match inputs[i] {
                            Input::Slice(s) => b[..m].copy_from_slice(&s[base..base + m]),
                            Input::Scalar(x) => b[..m].fill(x),
                        }
                        stack.push(used);
                        used += 1;
                    }
                    Instr::Op(op) => {
                        let (Some(rb), Some(lb)) = (stack.pop(), stack.pop()) else {
                            return;
                        };
                        let (left, right) = if lb < rb {
                            let (l, r) = bufs.split_at_mut(rb);
                            (&mut l[lb], &r[0])
                        } else {
                            let (l, r) = bufs.split_at_mut(lb);
                            (&mut r[0], &l[rb])
                        };
                        let (x, y) = (&mut left[..m], &right[..m]);
                        match op {
                            BinOp::Add => x.iter_mut().zip(y).for_each(|(p, q)| *p += q),
                            BinOp::Sub => x.iter_mut().zip(y).for_each(|(p, q)| *p -= q),
                            BinOp::Mul => x.iter_mut().zip(y).for_each(|(p, q)| *p *= q),
                            _ => x.iter_mut().zip(y).for_each(|(p, q)| *p /= q),
                        }
                        stack.push(lb);
                    }
                }
            }
            // A compiled tree leaves exactly one buffer on the stack; every
            // output element is written either way.
            match stack.pop() {
                Some(top) => {
                    for (o, v) in out[offset..offset + m].iter_mut().zip(&bufs[top][..m]) {
                        o.write(*v);
                    }
                }
                None => out[offset..offset + m].iter_mut().for_each(|o| {
                    o.write(f64::NAN);
                }),
            }
            offset += m;
        }
    };
    // SAFETY: `eval_chunk` writes every element of each chunk it is given
    // (the loop above covers `0..chunk.len()` in steps of `m`).
    let data = unsafe { kernels::build_with(n, &eval_chunk) };
    ArrayD::from_shape_vec(IxDyn(shape), data)
        .ok()
        .map(|a| Value::array(NdArray::F64(a)))
}
