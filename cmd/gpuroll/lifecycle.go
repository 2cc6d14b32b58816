package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/l1"
)

// lifecycle is what every service is: built, started, stopped once.
type lifecycle interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// stopTimeout bounds a graceful stop; a second SIGINT/SIGTERM forces it.
const stopTimeout = 60 * time.Second

// runLifecycle starts svc and stops it on the first SIGINT or SIGTERM (or
// when ctx ends). A second signal cuts the graceful stop short. SIGQUIT is
// left to Go (a stack dump).
func runLifecycle(ctx context.Context, log *slog.Logger, name string, svc lifecycle) error {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	if err := svc.Start(ctx); err != nil {
		_ = svc.Stop(context.Background())
		return fmt.Errorf("%s: start: %w", name, err)
	}
	select {
	case sig := <-sigs:
		log.Info("stopping: signal received (send it again to force)", "signal", sig.String())
	case <-ctx.Done():
		log.Info("stopping", "cause", context.Cause(ctx))
	}
	stopCtx, cancel := context.WithTimeout(context.Background(), stopTimeout)
	defer cancel()
	go func() {
		select {
		case sig := <-sigs:
			log.Warn("second signal: forcing the stop", "signal", sig.String())
			cancel()
		case <-stopCtx.Done():
		}
	}()
	return svc.Stop(stopCtx)
}

// logFlags are the logging flags of a service with env prefix prefix.
func logFlags(prefix string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "log-level", Value: "info", EnvVars: []string{prefix + "_LOG_LEVEL"}, Usage: "debug, info, warn or error"},
		&cli.StringFlag{Name: "log-format", Value: "text", EnvVars: []string{prefix + "_LOG_FORMAT"}, Usage: "text or json"},
	}
}

func newLogger(c *cli.Context) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.String("log-level"))); err != nil {
		return nil, fmt.Errorf("--log-level %q: want debug, info, warn or error", c.String("log-level"))
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch strings.ToLower(c.String("log-format")) {
	case "text":
		return slog.New(slog.NewTextHandler(c.App.ErrWriter, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(c.App.ErrWriter, opts)), nil
	}
	return nil, fmt.Errorf("--log-format %q: want text or json", c.String("log-format"))
}

// warnUnknownEnv warns about GPUROLL_<SERVICE>_* variables that match no
// flag: a typo there would otherwise be silently ignored.
func warnUnknownEnv(log *slog.Logger, prefix string, flags []cli.Flag) {
	known := map[string]bool{prefix + "_PASSWORD": true}
	for _, f := range flags {
		if ev, ok := f.(interface{ GetEnvVars() []string }); ok {
			for _, e := range ev.GetEnvVars() {
				known[e] = true
			}
		}
	}
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, prefix+"_") && !known[name] {
			log.Warn("environment variable matches no flag (typo?)", "name", name)
		}
	}
}

// loadDeployment reads the addresses file `gpuroll deploy --out` writes.
func loadDeployment(path string) (*l1.Addresses, error) {
	if path == "" {
		return nil, fmt.Errorf("no deployment: give --deployment FILE (the JSON `gpuroll deploy --out` writes)")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("deployment: %w", err)
	}
	var a l1.Addresses
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return nil, fmt.Errorf("deployment %s: %w", path, err)
	}
	return &a, nil
}
