/**
 * What every repository shares: the persistence context, paging, and the schema migration run at deployment.
 */
package com.clientbook.persistence.shared;
