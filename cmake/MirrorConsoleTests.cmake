# mc_add_test(NAME SOURCES ... [LIBRARIES ...] [LABELS ...] [LAB] [KEYRING])
# One Qt Test executable per tested class, registered with CTest. LAB marks a
# test that starts a mirror lab: it needs more time, and labs take their own
# loopback slot so such tests still run in parallel.
function(mc_add_test name)
  cmake_parse_arguments(ARG "LAB;KEYRING" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE mc_common Qt6::Test ${ARG_LIBRARIES})
  target_compile_definitions(${name} PRIVATE MC_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
  if(ARG_KEYRING)
    # A private D-Bus session with a real, unlocked secret service.
    add_test(NAME ${name} COMMAND "${PROJECT_SOURCE_DIR}/tests/run-with-keyring" $<TARGET_FILE:${name}>)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  set(labels ${ARG_LABELS})
  set(timeout 120)
  if(ARG_LAB)
    list(APPEND labels lab)
    set(timeout 600)
  endif()
  set_tests_properties(${name} PROPERTIES
    LABELS "${labels}"
    TIMEOUT ${timeout}
    # Settings and data of their own: a test never touches the user's.
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${name}/config;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/${name}/data")
endfunction()
