//! Messages of the dashboard.
