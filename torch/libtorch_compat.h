// Lets tch 0.26's C++ wrappers (torch-sys's libtch/torch_api_generated.cpp,
// generated from libtorch 2.13) compile against the headers of libtorch
// 2.10, 2.11, 2.12, 2.14 and 2.15. `.ci/setup-torch` passes it to the C++
// compiler with `-include` in CXXFLAGS when the libtorch it uses is one of
// those; with 2.13 it is not used at all.
//
// - Operators newer than the libtorch get a stand-in that throws a clear
//   error when called (tch turns it into a Rust error). arr uses none of
//   them: Philox key ops, Lanczos upsampling, the in-place flash-attention
//   forward (new in 2.12), MIOpen CTC loss (new in 2.11), and the `enable_gqa`
//   argument of the MPS attention kernel (new in 2.12), forwarded when false.
// - Operators removed after 2.13 (`cholesky`, `qr`, removed in 2.14) are
//   forwarded to their documented replacements (`linalg_cholesky`,
//   `linalg_qr`), so they still work.
//
// Declarations are added to namespace `torch`, where the wrappers look them
// up; nothing in libtorch's own namespaces is changed.
#pragma once

#if defined(__cplusplus) && __has_include(<torch/torch.h>)
#include <torch/torch.h>
#include <torch/version.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>

#if TORCH_VERSION_MAJOR != 2 || TORCH_VERSION_MINOR < 10 || TORCH_VERSION_MINOR > 15
#error "arr's backend builds against libtorch 2.10 to 2.15 (2.13 without this header); this is another version"
#endif
#if TORCH_VERSION_MINOR >= 14 && __cplusplus < 202002L
#error "libtorch 2.14 and newer need C++20: add -std=c++20 to CXXFLAGS (.ci/setup-torch does)"
#endif

namespace arr_torch_compat {
[[noreturn]] inline void unavailable(const char* op) {
  throw std::runtime_error(std::string(op) + " is not available in libtorch " TORCH_VERSION
                           " (arr's backend was built against it; the operator needs libtorch 2.13)");
}
}  // namespace arr_torch_compat

namespace torch {

#if TORCH_VERSION_MINOR <= 10
inline bool _use_miopen_ctc_loss(const at::Tensor&, const at::Tensor&, at::IntArrayRef, at::IntArrayRef,
                                 int64_t) {
  arr_torch_compat::unavailable("_use_miopen_ctc_loss");
}
inline bool _use_miopen_ctc_loss(const at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&,
                                 int64_t) {
  arr_torch_compat::unavailable("_use_miopen_ctc_loss");
}
inline std::tuple<at::Tensor, at::Tensor> miopen_ctc_loss(const at::Tensor&, const at::Tensor&, at::IntArrayRef,
                                                          at::IntArrayRef, int64_t, bool, bool) {
  arr_torch_compat::unavailable("miopen_ctc_loss");
}
inline std::tuple<at::Tensor, at::Tensor> miopen_ctc_loss(const at::Tensor&, const at::Tensor&, const at::Tensor&,
                                                          const at::Tensor&, int64_t, bool, bool) {
  arr_torch_compat::unavailable("miopen_ctc_loss");
}
inline std::tuple<at::Tensor&, at::Tensor&> miopen_ctc_loss_out(at::Tensor&, at::Tensor&, const at::Tensor&,
                                                                const at::Tensor&, at::IntArrayRef,
                                                                at::IntArrayRef, int64_t, bool, bool) {
  arr_torch_compat::unavailable("miopen_ctc_loss_out");
}
#endif

#if TORCH_VERSION_MINOR <= 11
inline at::Tensor _philox_key_fold_in(const at::Tensor&, int64_t) {
  arr_torch_compat::unavailable("_philox_key_fold_in");
}
inline at::Tensor _philox_key_split(const at::Tensor&, int64_t) {
  arr_torch_compat::unavailable("_philox_key_split");
}
inline at::Tensor _philox_normal(const at::Tensor&, const at::Tensor&, double, double) {
  arr_torch_compat::unavailable("_philox_normal");
}
inline at::Tensor& _philox_normal_(at::Tensor&, const at::Tensor&, double, double) {
  arr_torch_compat::unavailable("_philox_normal_");
}
inline at::Tensor& _philox_normal_out(at::Tensor&, const at::Tensor&, const at::Tensor&, double, double) {
  arr_torch_compat::unavailable("_philox_normal_out");
}
inline at::Tensor _philox_uniform(const at::Tensor&, const at::Tensor&, double, double) {
  arr_torch_compat::unavailable("_philox_uniform");
}
inline at::Tensor& _philox_uniform_(at::Tensor&, const at::Tensor&, double, double) {
  arr_torch_compat::unavailable("_philox_uniform_");
}
inline at::Tensor& _philox_uniform_out(at::Tensor&, const at::Tensor&, const at::Tensor&, double, double) {
  arr_torch_compat::unavailable("_philox_uniform_out");
}

inline at::Tensor _upsample_lanczos2d_aa(const at::Tensor&, at::IntArrayRef, bool, std::optional<double>,
                                         std::optional<double>) {
  arr_torch_compat::unavailable("_upsample_lanczos2d_aa");
}
inline at::Tensor _upsample_lanczos2d_aa(const at::Tensor&, at::OptionalIntArrayRef, bool,
                                         std::optional<at::ArrayRef<double>>) {
  arr_torch_compat::unavailable("_upsample_lanczos2d_aa");
}
inline at::Tensor& _upsample_lanczos2d_aa_out(at::Tensor&, const at::Tensor&, at::IntArrayRef, bool,
                                              std::optional<double>, std::optional<double>) {
  arr_torch_compat::unavailable("_upsample_lanczos2d_aa_out");
}
inline at::Tensor _upsample_lanczos2d_aa_backward(const at::Tensor&, at::IntArrayRef, at::IntArrayRef, bool,
                                                  std::optional<double>, std::optional<double>) {
  arr_torch_compat::unavailable("_upsample_lanczos2d_aa_backward");
}
inline at::Tensor& _upsample_lanczos2d_aa_backward_out(at::Tensor&, const at::Tensor&, at::IntArrayRef,
                                                       at::IntArrayRef, bool, std::optional<double>,
                                                       std::optional<double>) {
  arr_torch_compat::unavailable("_upsample_lanczos2d_aa_backward_out");
}

inline at::Tensor _flash_attention_forward_no_dropout_inplace(
    at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&, const std::optional<at::Tensor>&,
    const std::optional<at::Tensor>&, int64_t, int64_t, double, bool, bool, std::optional<double>,
    std::optional<int64_t>, std::optional<int64_t>, const std::optional<at::Tensor>&,
    const std::optional<at::Tensor>&, const std::optional<at::Tensor>&, std::optional<int64_t>) {
  arr_torch_compat::unavailable("_flash_attention_forward_no_dropout_inplace");
}

// 2.12 added `enable_gqa`; without it the kernel is the same.
inline std::tuple<at::Tensor, at::Tensor> _scaled_dot_product_attention_math_for_mps(
    const at::Tensor& query, const at::Tensor& key, const at::Tensor& value,
    const std::optional<at::Tensor>& attn_mask, double dropout_p, bool is_causal,
    const std::optional<at::Tensor>& dropout_mask, std::optional<double> scale, bool enable_gqa) {
  if (enable_gqa) {
    arr_torch_compat::unavailable("_scaled_dot_product_attention_math_for_mps with enable_gqa=true");
  }
  return at::_scaled_dot_product_attention_math_for_mps(query, key, value, attn_mask, dropout_p, is_causal,
                                                        dropout_mask, scale);
}
#endif

#if TORCH_VERSION_MINOR >= 14
// Removed in 2.14 after their deprecation; these are the replacements the
// deprecation notices name, with the same results.
inline at::Tensor cholesky(const at::Tensor& self, bool upper) { return at::linalg_cholesky(self, upper); }
inline at::Tensor& cholesky_out(at::Tensor& out, const at::Tensor& self, bool upper) {
  return at::linalg_cholesky_out(out, self, upper);
}
inline std::tuple<at::Tensor, at::Tensor> qr(const at::Tensor& self, bool some) {
  return at::linalg_qr(self, some ? "reduced" : "complete");
}
inline std::tuple<at::Tensor&, at::Tensor&> qr_out(at::Tensor& Q, at::Tensor& R, const at::Tensor& self,
                                                   bool some) {
  return at::linalg_qr_out(Q, R, self, some ? "reduced" : "complete");
}
#endif

}  // namespace torch

#endif
