package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/urfave/cli/v2"
)

// Keys come from go-ethereum keystore files (what geth, clef and most
// wallets write); the password from a file or an environment variable,
// never from the command line (it would show in ps and shell history).

// keyFlags are the key flags of a service whose env prefix is prefix
// (GPUROLL_SEQUENCER, ...).
func keyFlags(prefix, role string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "keystore", EnvVars: []string{prefix + "_KEYSTORE"},
			Usage: "go-ethereum keystore file (JSON) of the " + role + "'s key (create one with `gpuroll wallet new`)"},
		&cli.StringFlag{Name: "password-file", EnvVars: []string{prefix + "_PASSWORD_FILE"},
			Usage: "file whose first line is the keystore's password (or set " + prefix + "_PASSWORD)"},
	}
}

// loadKeystore decrypts the keystore file named by --keystore with the
// password from --password-file or the environment variable prefix_PASSWORD.
func loadKeystore(c *cli.Context, prefix string) (*ecdsa.PrivateKey, error) {
	path := c.String("keystore")
	if path == "" {
		return nil, fmt.Errorf("no key: give --keystore FILE (or %s_KEYSTORE)", prefix)
	}
	pw, err := readPassword(c.String("password-file"), prefix+"_PASSWORD")
	if err != nil {
		return nil, err
	}
	return decryptKeystore(path, pw)
}

func readPassword(file, env string) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("password file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		return strings.TrimRight(line, "\r"), nil
	}
	if pw, ok := os.LookupEnv(env); ok {
		return pw, nil
	}
	return "", fmt.Errorf("no keystore password: give --password-file FILE or set %s", env)
}

func decryptKeystore(path, password string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	k, err := keystore.DecryptKey(b, password)
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", path, err)
	}
	return k.PrivateKey, nil
}

// writeKeystore encrypts key into dir (go-ethereum's file name) with the
// standard scrypt parameters (or light ones for throwaway dev keys).
func writeKeystore(dir string, key *ecdsa.PrivateKey, password string, light bool) (string, error) {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	ks := keystore.NewKeyStore(dir, n, p)
	acc, err := ks.ImportECDSA(key, password)
	if errors.Is(err, keystore.ErrAccountAlreadyExists) {
		found, ferr := ks.Find(acc)
		if ferr != nil {
			return "", ferr
		}
		return found.URL.Path, nil
	}
	if err != nil {
		return "", fmt.Errorf("write keystore: %w", err)
	}
	return acc.URL.Path, nil
}
