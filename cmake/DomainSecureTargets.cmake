include(CheckCXXCompilerFlag)

# Hardening. _FORTIFY_SOURCE needs optimization (glibc warns without it), so only the optimized
# configurations get it; sanitizer builds (asan, fuzz) neither: ASan does not intercept every
# __*_chk variant, so a fortified call would bypass its own, stricter checks.
if(CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$"
   AND NOT CMAKE_CXX_FLAGS MATCHES "sanitize" AND NOT DS_BUILD_FUZZERS)
    set(DS_FORTIFY ON)
else()
    set(DS_FORTIFY OFF)
endif()
check_cxx_compiler_flag(-fstack-clash-protection DS_HAVE_STACK_CLASH_PROTECTION)
check_cxx_compiler_flag(-fcf-protection=full DS_HAVE_CF_PROTECTION)
# The hardening test (tests/binaries/checkhardening.sh) applies where every flag above does.
if(DS_FORTIFY AND DS_HAVE_STACK_CLASH_PROTECTION AND DS_HAVE_CF_PROTECTION)
    set(DS_HARDENED ON)
else()
    set(DS_HARDENED OFF)
endif()

# Warnings, strict Qt defines and hardening are set per target, not globally.
function(ds_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_STRICT_ITERATORS QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
        OPENSSL_API_COMPAT=30000 OPENSSL_NO_DEPRECATED)
    if(DS_FORTIFY)
        # As options, not a definition: they come after CMAKE_CXX_FLAGS, whose own -D_FORTIFY_SOURCE
        # (dpkg-buildflags sets one) would otherwise be redefined with a warning.
        target_compile_options(${target} PRIVATE -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3)
    endif()
    target_compile_options(${target} PRIVATE -fstack-protector-strong)
    if(DS_HAVE_STACK_CLASH_PROTECTION)
        target_compile_options(${target} PRIVATE -fstack-clash-protection)
    endif()
    if(DS_HAVE_CF_PROTECTION)
        # Our code gets endbr64 landing pads and shadow-stack-compatible returns. The program is
        # not marked IBT/SHSTK: Debian 12's crt1.o/crti.o/crtn.o carry no such property, and
        # forcing the mark (-z ibt) would claim it for their _init/_fini, which have no endbr64.
        target_compile_options(${target} PRIVATE -fcf-protection=full)
    endif()
    # Full RELRO: the GOT is resolved at load time and then made read-only.
    target_link_options(${target} PRIVATE LINKER:-z,relro LINKER:-z,now)
    target_compile_definitions(${target} PRIVATE DS_VERSION="${PROJECT_VERSION}")
endfunction()

