#pragma once

// Background work of the console yields the CPU to its GUI thread. Qt's
// thread priorities do nothing under Linux's default scheduler, where a
// thread's own nice value does; elsewhere Qt's low priority stands.
namespace WorkerPriority {

// Lowers the calling thread once; later calls on the same thread do nothing.
void lowerCurrentThread();

} // namespace WorkerPriority
