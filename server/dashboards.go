package server

import (
	"context"

	"geograph/graph"
	"geograph/server/dashboard"
)

// EnsureDefaultDashboard creates the "Geopolitical overview" dashboard and
// its saved queries unless it exists; geograph serve calls it on start.
func (s *Server) EnsureDefaultDashboard(ctx context.Context) error {
	created, err := s.dashboards.EnsureDefault(ctx)
	if created {
		s.logger.InfoContext(ctx, "created the default dashboard", "name", dashboard.DefaultName)
	}
	return err
}

// dashboard returns a version of a dashboard, nil when there is none.
func (s *Server) dashboard(ctx context.Context, name string, version int) (*dashboard.Dashboard, error) {
	d, err := s.dashboards.Get(ctx, name, version)
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return nil, nil
	}
	return &d, err
}

// saveDashboard stores d as the caller's next version of it. In production
// mode dashboards are read-only, as the playground is off: what runs there
// was reviewed before it was deployed.
func (s *Server) saveDashboard(ctx context.Context, d dashboard.Dashboard) (*dashboard.Dashboard, error) {
	if err := s.dashboardsWritable(); err != nil {
		return nil, err
	}
	p := principalFrom(ctx)
	saved, err := s.dashboards.Save(ctx, d, p.Name, p.Role >= RoleAdmin)
	if err != nil {
		return nil, err
	}
	return &saved, nil
}

// importDashboard saves a dashboard from its exported JSON.
func (s *Server) importDashboard(ctx context.Context, text string) (*dashboard.Dashboard, error) {
	d, err := dashboard.Parse(text)
	if err != nil {
		return nil, err
	}
	return s.saveDashboard(ctx, d)
}

// deleteDashboard deletes a dashboard; false when there was none.
func (s *Server) deleteDashboard(ctx context.Context, name string) (bool, error) {
	if err := s.dashboardsWritable(); err != nil {
		return false, err
	}
	p := principalFrom(ctx)
	return s.dashboards.Delete(ctx, name, p.Name, p.Role >= RoleAdmin)
}

func (s *Server) dashboardsWritable() error {
	if s.cfg.Production {
		return graph.Errorf(graph.EFORBIDDEN, "dashboards are read-only on a server in production mode")
	}
	return nil
}
