# Warnings, strict Qt defines and hardening are set per target, not globally.
function(ds_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_STRICT_ITERATORS QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
        OPENSSL_API_COMPAT=30000 OPENSSL_NO_DEPRECATED)
    if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
        target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
    endif()
    target_compile_options(${target} PRIVATE -fstack-protector-strong)
    target_compile_definitions(${target} PRIVATE DS_VERSION="${PROJECT_VERSION}")
endfunction()

