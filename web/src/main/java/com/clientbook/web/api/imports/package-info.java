/** The API face of customer imports: upload a file for a dry run or a real import, follow it, download its report. */
package com.clientbook.web.api.imports;
