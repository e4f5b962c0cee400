#ifndef KUBELING_CMICROHTTPD_SHIM_H
#define KUBELING_CMICROHTTPD_SHIM_H
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <microhttpd.h>
#endif
