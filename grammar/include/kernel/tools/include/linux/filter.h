/* tools/include/linux/filter.h stand-in: the same instruction macros as the kernel's. */
#include "../../../include/linux/filter.h"
