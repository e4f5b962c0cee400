#include <zlib.h>

/* deflateInit and inflateInit are macros (they pass the library version and struct size). */
static inline int kubeling_deflate_init(z_streamp stream, int level) {
  return deflateInit(stream, level);
}

static inline int kubeling_inflate_init(z_streamp stream) {
  return inflateInit(stream);
}
