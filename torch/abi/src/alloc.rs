//! One allocator for both sides. Values that cross the boundary are
//! allocated on one side and freed on the other (arguments by the backend,
//! results by the host), so both must use the same allocator, whatever
//! `#[global_allocator]` the program that embeds arr chose. The backend's
//! global allocator is [`Forwarding`]: once the host has installed its
//! allocator (right after the fingerprint check, before any other backend
//! code runs), every Rust allocation of the backend goes through the host's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicPtr, Ordering};

/// The host's allocator as plain C functions.
#[repr(C)]
pub struct HostAllocator {
    pub alloc: unsafe extern "C" fn(size: usize, align: usize) -> *mut u8,
    pub alloc_zeroed: unsafe extern "C" fn(size: usize, align: usize) -> *mut u8,
    pub dealloc: unsafe extern "C" fn(ptr: *mut u8, size: usize, align: usize),
    pub realloc:
        unsafe extern "C" fn(ptr: *mut u8, size: usize, align: usize, new_size: usize) -> *mut u8,
}

/// Exported by the backend with the C ABI; the host calls it once, before
/// the backend is made, with [`host_allocator`].
pub const SET_ALLOCATOR_SYMBOL: &[u8] = b"arr_torch_set_allocator\0";
pub type SetAllocatorFn = unsafe extern "C" fn(*const HostAllocator);

unsafe extern "C" fn host_alloc(size: usize, align: usize) -> *mut u8 {
    match Layout::from_size_align(size, align) {
        // SAFETY: the layout comes from a valid `Layout` on the backend side.
        Ok(l) => unsafe { std::alloc::alloc(l) },
        Err(_) => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn host_alloc_zeroed(size: usize, align: usize) -> *mut u8 {
    match Layout::from_size_align(size, align) {
        // SAFETY: as above.
        Ok(l) => unsafe { std::alloc::alloc_zeroed(l) },
        Err(_) => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn host_dealloc(ptr: *mut u8, size: usize, align: usize) {
    if let Ok(l) = Layout::from_size_align(size, align) {
        // SAFETY: `ptr` was allocated by this allocator with this layout.
        unsafe { std::alloc::dealloc(ptr, l) }
    }
}

unsafe extern "C" fn host_realloc(ptr: *mut u8, size: usize, align: usize, new: usize) -> *mut u8 {
    match Layout::from_size_align(size, align) {
        // SAFETY: `ptr` was allocated by this allocator with this layout.
        Ok(l) => unsafe { std::alloc::realloc(ptr, l, new) },
        Err(_) => std::ptr::null_mut(),
    }
}

/// The calling program's global allocator, for [`SetAllocatorFn`].
pub fn host_allocator() -> &'static HostAllocator {
    static HOST: HostAllocator = HostAllocator {
        alloc: host_alloc,
        alloc_zeroed: host_alloc_zeroed,
        dealloc: host_dealloc,
        realloc: host_realloc,
    };
    &HOST
}

static INSTALLED: AtomicPtr<HostAllocator> = AtomicPtr::new(std::ptr::null_mut());

/// The backend's global allocator: the host's once installed, the system
/// allocator before (only the fingerprint, a static that is never freed, is
/// allocated then).
pub struct Forwarding;

impl Forwarding {
    /// Installs the host's allocator.
    ///
    /// # Safety
    /// `a` must point to a `HostAllocator` that lives for the rest of the
    /// process, and no memory the backend allocated before may be freed
    /// afterwards.
    pub unsafe fn install(a: *const HostAllocator) {
        INSTALLED.store(a as *mut HostAllocator, Ordering::Release);
    }

    fn host() -> Option<&'static HostAllocator> {
        let p = INSTALLED.load(Ordering::Acquire);
        // SAFETY: `install`'s contract: a pointer to a static.
        unsafe { p.as_ref() }
    }
}

// SAFETY: forwards to an allocator that upholds `GlobalAlloc`'s contract
// (the host's global allocator, or the system's).
unsafe impl GlobalAlloc for Forwarding {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        match Forwarding::host() {
            Some(h) => unsafe { (h.alloc)(l.size(), l.align()) },
            None => unsafe { System.alloc(l) },
        }
    }

    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        match Forwarding::host() {
            Some(h) => unsafe { (h.alloc_zeroed)(l.size(), l.align()) },
            None => unsafe { System.alloc_zeroed(l) },
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, l: Layout) {
        match Forwarding::host() {
            Some(h) => unsafe { (h.dealloc)(ptr, l.size(), l.align()) },
            None => unsafe { System.dealloc(ptr, l) },
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, l: Layout, new: usize) -> *mut u8 {
        match Forwarding::host() {
            Some(h) => unsafe { (h.realloc)(ptr, l.size(), l.align(), new) },
            None => unsafe { System.realloc(ptr, l, new) },
        }
    }
}
