package l1iface

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// HashPair is OpenZeppelin MerkleProof._hashPair: keccak of the two nodes,
// the smaller (as uint256, i.e. big-endian bytes) first.
func HashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) < 0 {
		return keccak(a[:], b[:])
	}
	return keccak(b[:], a[:])
}

// MerkleTree is the keccak tree of docs/l1-interface.md over already hashed
// leaves: padded with zero leaves to the next power of two, pairs sorted.
// levels[0] are the padded leaves, the last level is the root.
type MerkleTree struct {
	n      int
	levels [][]common.Hash
}

// NewMerkleTree builds the tree over leaves (in index order). The slice is
// copied.
func NewMerkleTree(leaves []common.Hash) *MerkleTree {
	t := &MerkleTree{n: len(leaves)}
	if len(leaves) == 0 {
		return t
	}
	size := 1
	for size < len(leaves) {
		size <<= 1
	}
	level := make([]common.Hash, size)
	copy(level, leaves)
	t.levels = append(t.levels, level)
	for len(level) > 1 {
		next := make([]common.Hash, len(level)/2)
		for k := range next {
			next[k] = HashPair(level[2*k], level[2*k+1])
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t
}

// Len is the number of (unpadded) leaves.
func (t *MerkleTree) Len() int { return t.n }

// Root is the root; the zero hash for an empty tree.
func (t *MerkleTree) Root() common.Hash {
	if t.n == 0 {
		return common.Hash{}
	}
	return t.levels[len(t.levels)-1][0]
}

// Proof returns the sibling hashes from leaf i up to the root, in the order
// MerkleProof.verify consumes them.
func (t *MerkleTree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= t.n {
		return nil, fmt.Errorf("merkle proof: leaf %d out of range [0, %d)", i, t.n)
	}
	proof := make([]common.Hash, 0, len(t.levels)-1)
	for _, level := range t.levels[:len(t.levels)-1] {
		proof = append(proof, level[i^1])
		i >>= 1
	}
	return proof, nil
}

// MerkleRoot is NewMerkleTree(leaves).Root().
func MerkleRoot(leaves []common.Hash) common.Hash { return NewMerkleTree(leaves).Root() }

// VerifyProof is OpenZeppelin MerkleProof.verify: fold the proof into the
// leaf with sorted pairs and compare with root. The zero root proves nothing.
func VerifyProof(proof []common.Hash, root, leaf common.Hash) bool {
	if root == (common.Hash{}) {
		return false
	}
	h := leaf
	for _, p := range proof {
		h = HashPair(h, p)
	}
	return h == root
}
