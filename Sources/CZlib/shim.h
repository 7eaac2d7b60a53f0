/* zlib, for reading gzip-compressed WARC files and .gz articles. Only CrosscheckCorpus sees it. */
#include <zlib.h>
