# Compiler settings of the fuzz build (RELAIS_FUZZ, the `fuzz` preset), applied to everything it
# compiles, relais_core included, so coverage guides the fuzzer through our code and the
# sanitizers watch it.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
  message(FATAL_ERROR "RELAIS_FUZZ needs clang 16 or later for libFuzzer (Debian: clang-16 and "
                      "libclang-rt-16-dev); configure with `cmake --preset fuzz`.")
endif()
add_compile_options(
  -fsanitize=fuzzer-no-link,address,undefined
  # UBSan findings stop the run, so the fuzzer saves the input that caused them.
  -fno-sanitize-recover=all
  -fno-omit-frame-pointer
  # libstdc++ 12 hides std::expected unless __cpp_concepts >= 202002L, and clang 16 still
  # announces 201907L although it compiles everything <expected> needs.
  -U__cpp_concepts -D__cpp_concepts=202002L -Wno-builtin-macro-redefined)
add_link_options(-fsanitize=address,undefined)
