# Project-wide compiler rules: every target links mc_common and nothing else
# touches compiler flags.
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(mc_common INTERFACE)
target_compile_features(mc_common INTERFACE cxx_std_20)
target_compile_definitions(mc_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  QT_USE_QSTRINGBUILDER)
target_compile_options(mc_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wnull-dereference)

if(MC_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "MC_FUZZ needs Clang (use the fuzz preset)")
  endif()
  target_compile_options(mc_common INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(mc_common INTERFACE -fsanitize=address,undefined)
endif()
