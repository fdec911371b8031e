/** The import page: sample files, upload and dry run, the import in the background with its progress, the report. */
package com.clientbook.web.imports;
