#ifndef KUBELING_CMICROHTTPD_SHIM_H
#define KUBELING_CMICROHTTPD_SHIM_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <microhttpd.h>

/* Swift cannot import MHD_SIZE_UNKNOWN (UINT64_MAX through a macro cast). */
static inline uint64_t kubeling_mhd_size_unknown(void) { return MHD_SIZE_UNKNOWN; }

/* Leaves URIs and query arguments exactly as received: the Swift side decodes the path (percent only) and
   query arguments (percent and '+') itself, which MHD's default unescaper cannot tell apart. */
static inline size_t kubeling_mhd_keep_escaped(void *cls, struct MHD_Connection *connection, char *s) {
  (void) cls;
  (void) connection;
  return strlen(s);
}

/* MHD_start_daemon is C-variadic, which Swift does not import: pass every option through MHD_OPTION_ARRAY.
   A thread_pool_size below 2 means one internal polling thread. */
static inline struct MHD_Daemon *kubeling_mhd_start(unsigned int flags,
                                                    int listen_fd,
                                                    MHD_AccessHandlerCallback handler,
                                                    void *handler_cls,
                                                    MHD_RequestCompletedCallback completed,
                                                    void *completed_cls,
                                                    MHD_NotifyConnectionCallback notify,
                                                    void *notify_cls,
                                                    unsigned int thread_pool_size,
                                                    unsigned int connection_limit,
                                                    size_t connection_memory_limit,
                                                    unsigned int connection_timeout_seconds) {
  struct MHD_OptionItem options[] = {
    { MHD_OPTION_LISTEN_SOCKET, (intptr_t) listen_fd, NULL },
    { MHD_OPTION_NOTIFY_COMPLETED, (intptr_t) completed, completed_cls },
    { MHD_OPTION_NOTIFY_CONNECTION, (intptr_t) notify, notify_cls },
    { MHD_OPTION_UNESCAPE_CALLBACK, (intptr_t) &kubeling_mhd_keep_escaped, NULL },
    { MHD_OPTION_CONNECTION_LIMIT, (intptr_t) connection_limit, NULL },
    { MHD_OPTION_CONNECTION_MEMORY_LIMIT, (intptr_t) connection_memory_limit, NULL },
    { MHD_OPTION_CONNECTION_TIMEOUT, (intptr_t) connection_timeout_seconds, NULL },
    { thread_pool_size > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END, (intptr_t) thread_pool_size, NULL },
    { MHD_OPTION_END, 0, NULL }
  };
  return MHD_start_daemon(flags, 0, NULL, NULL, handler, handler_cls,
                          MHD_OPTION_ARRAY, options, MHD_OPTION_END);
}

/* MHD_get_connection_info is C-variadic: the connection's socket, or -1. */
static inline int kubeling_mhd_connection_fd(struct MHD_Connection *connection) {
  const union MHD_ConnectionInfo *info =
      MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
  return info == NULL ? -1 : info->connect_fd;
}

/* MHD_upgrade_action is C-variadic: close an upgraded connection's socket through MHD. */
static inline int kubeling_mhd_upgrade_close(struct MHD_UpgradeResponseHandle *urh) {
  return MHD_upgrade_action(urh, MHD_UPGRADE_ACTION_CLOSE) == MHD_YES;
}

#endif
