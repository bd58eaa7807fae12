#pragma once

#include <QStringList>

// Helpers shared by the executables' argument handling.
namespace CommandLine {

// True when the arguments ask only for --help or --version, which must be
// answered without a display: the GUI then starts as a console application.
bool asksOnlyForInformation(int argc, char** argv);

} // namespace CommandLine
