#ifndef CCHILDPROCESS_H
#define CCHILDPROCESS_H

/// pipe2(fds, O_CLOEXEC), which Swift's Glibc module does not export (it needs _GNU_SOURCE).
int childprocess_pipe_cloexec(int fds[2]);

#endif
