# Compiler settings shared by every target of the project.

find_program(CIP_CCACHE ccache)
if(CIP_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CIP_CCACHE}")
endif()

# Our own code builds without warnings; third-party headers are included as SYSTEM by their
# imported targets, so their warnings stay out of the way.
function(cip_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Woverloaded-virtual)
  if(CIP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

option(CIP_WERROR "Treat warnings in our own code as errors" OFF)
