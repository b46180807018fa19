// Package filter selects the incidents and reports of a casebook by type,
// sector, period and organization, and streams them with their reports.
package filter
