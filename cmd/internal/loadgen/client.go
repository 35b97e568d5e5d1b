// Package loadgen holds what the load-generating commands (soak, benchgql)
// share: a GraphQL client for a local geograph server that refuses any
// address off this machine, and the wait for the server to be ready.
package loadgen

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"time"
)

// LoopbackOnly refuses any address that is not on this machine: the load
// generators are for a local server, never someone else's.
func LoopbackOnly(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("address %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("address %q: only a server on a loopback address may be driven", addr)
	}
	return nil
}

// Client sends GraphQL requests to one server.
type Client struct {
	URL  string // http://host:port, without a path
	HTTP *http.Client
}

// New returns a client for the loopback address addr whose connection pool
// keeps up to conns idle connections, so a paced load does not reconnect.
func New(addr string, conns int) (*Client, error) {
	if err := LoopbackOnly(addr); err != nil {
		return nil, err
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns = conns
	tr.MaxIdleConnsPerHost = conns
	return &Client{URL: "http://" + addr, HTTP: &http.Client{Timeout: 30 * time.Second, Transport: tr}}, nil
}

// WaitReady polls /readyz until it answers 200, for at most within.
func (c *Client) WaitReady(ctx context.Context, within time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, within)
	defer cancel()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.URL+"/readyz", nil)
		if resp, err := c.HTTP.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s/readyz did not answer 200 within %s", c.URL, within)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// ErrEnded is returned when the caller's context ended under a request: not
// the server's failure, and not to be counted.
var ErrEnded = errors.New("the run ended under the request")

// Query posts one GraphQL request and returns an error naming what failed:
// the transport, a status other than 200, an answer that is not JSON, or the
// first GraphQL error.
func (c *Client) Query(ctx context.Context, query string, vars map[string]any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return fmt.Errorf("client: %w", err)
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if ctx.Err() != nil {
		if resp != nil {
			resp.Body.Close()
		}
		return ErrEnded
	}
	if err != nil {
		return fmt.Errorf("transport: %w", err)
	}
	defer resp.Body.Close()
	var r struct {
		Errors []struct{ Message string } `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return errors.New("status " + strconv.Itoa(resp.StatusCode) + ", answer not JSON")
	}
	if resp.StatusCode != http.StatusOK || len(r.Errors) > 0 {
		msg := "status " + strconv.Itoa(resp.StatusCode)
		if len(r.Errors) > 0 {
			msg += ": " + r.Errors[0].Message
		}
		return errors.New(msg)
	}
	return nil
}
