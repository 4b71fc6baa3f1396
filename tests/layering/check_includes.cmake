# Checks that no source file includes what its layer may not use (docs/ARCHITECTURE.md).
# The link direction is checked at configure time (cmake/CipLayers.cmake); this catches header-only
# leaks such as a Qt include in imaging/core. Usage: cmake -DROOT=<source root> -P check_includes.cmake

# folder ; forbidden include pattern ; why
set(rules
  "imaging/core|#include[ \t]*[<\"](Q[A-Za-z]*|Qt[A-Za-z]*/|vtk)|imaging/core uses neither Qt nor VTK"
  "imaging/render|#include[ \t]*[<\"](Q[A-Za-z]*|Qt[A-Za-z]*/)|imaging/render does not use Qt"
  "sync/model|#include[ \t]*[<\"](QWidget|QtWidgets|QNetwork|sqlite3|vtk|opencv|dcmtk|sync/store|sync/client)|sync/model is Qt Core only"
  "sync/store|#include[ \t]*[<\"](QWidget|QtWidgets|QNetwork|sync/client|widgets/)|sync/store does not reach widgets or the network"
  "sync/demo|#include[ \t]*[<\"](QWidget|QtWidgets|QNetwork|sync/store|sync/client|sync/server|widgets/|app/)|sync/demo writes files only: model and imaging core"
  "sync/server|#include[ \t]*[<\"](QWidget|QtWidgets|sync/store|sync/client|widgets/|app/)|the central server shares only the model (and the demo data) with the workstation"
  "sync/client|#include[ \t]*[<\"](QWidget|QtWidgets|widgets/|app/|sync/server)|the sync client has no UI and does not know the server's code"
  "sync/jobimport|#include[ \t]*[<\"](QWidget|QtWidgets|QNetwork|QSql|sqlite3|imaging/|sync/store|sync/client|sync/server|sync/demo|widgets/|app/)|the job-folder import reads files with the model only"
  "sync/scannersim|#include[ \t]*[<\"](QWidget|QtWidgets|QSql|sqlite3|sync/store|sync/client|sync/server|widgets/|app/)|the scanner simulator reaches the central system over HTTP only, never its code"
  "widgets|#include[ \t]*[<\"](sync/store|sync/client|sqlite3|QNetwork|QSql)|widgets never open the store or the network")

set(failures "")
foreach(rule IN LISTS rules)
  string(REPLACE "|" ";" parts "${rule}")
  list(GET parts 0 folder)
  list(LENGTH parts n)
  math(EXPR last "${n} - 1")
  list(GET parts ${last} why)
  list(SUBLIST parts 1 -1 pattern_parts)
  list(REMOVE_AT pattern_parts -1)
  list(JOIN pattern_parts "|" pattern)
  file(GLOB_RECURSE files "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "${pattern}")
    foreach(line IN LISTS lines)
      string(APPEND failures "  ${f}: ${line}   (${why})\n")
    endforeach()
  endforeach()
endforeach()

if(failures)
  message(FATAL_ERROR "Layering violations:\n${failures}")
endif()
message(STATUS "layering: no forbidden includes under ${ROOT}")
