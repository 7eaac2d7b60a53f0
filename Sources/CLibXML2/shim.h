/* The only C header Crosscheck sees. Debian builds libxml2 with ICU, whose headers clash with
   Foundation's in a clean build ("'UErrorCode' has different definitions"); undefining the flag
   before the parser headers keeps ICU out of the module. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
