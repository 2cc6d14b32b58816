package state

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// ItemKind tags a block item. User txs are tagged by their own type byte
// (1–9); the other kinds sit far above them.
type ItemKind uint8

// Item kinds besides user txs.
const (
	ItemL1Message ItemKind = 0xF0 // consume the next L1 message (by index)
	ItemSeal      ItemKind = 0xF1 // end of batch; only as a block's last item
)

// Item is one entry of a block: a user tx, an L1 message reference (its
// contents come from L1, never from the block), or the batch seal.
type Item struct {
	Tx        *Tx    // a user tx, or nil
	L1Message uint64 // the message index, when Kind() == ItemL1Message
	Seal      bool
	isL1      bool
}

// TxItem, L1Item and SealItem build items.
func TxItem(tx *Tx) Item       { return Item{Tx: tx} }
func L1Item(index uint64) Item { return Item{L1Message: index, isL1: true} }
func SealItem() Item           { return Item{Seal: true} }
func (it Item) IsL1() bool     { return it.isL1 }
func (it Item) Kind() ItemKind {
	switch {
	case it.Tx != nil:
		return ItemKind(it.Tx.Body.Type())
	case it.isL1:
		return ItemL1Message
	default:
		return ItemSeal
	}
}

// Block is an L2 block.
type Block struct {
	Number     uint64
	ParentHash common.Hash
	Timestamp  uint64
	Items      []Item
	StateRoot  common.Hash // the state root after the block
}

// Block limits.
const (
	// MaxBlockItems bounds the items of one block.
	MaxBlockItems = 1 << 16
)

func (b *Block) appendTo(e *enc) {
	e.u64(b.Number)
	e.hash(b.ParentHash)
	e.u64(b.Timestamp)
	e.hash(b.StateRoot)
	e.u32(uint32(len(b.Items)))
	for _, it := range b.Items {
		switch it.Kind() {
		case ItemL1Message:
			e.u8(uint8(ItemL1Message))
			e.u64(it.L1Message)
		case ItemSeal:
			e.u8(uint8(ItemSeal))
		default:
			it.Tx.appendTo(e)
		}
	}
}

// Encode is the block's canonical encoding (docs/batch-codec.md).
func (b *Block) Encode() []byte {
	e := &enc{}
	b.appendTo(e)
	return e.b
}

// Hash is keccak of the encoding; a block's ParentHash is its parent's Hash.
func (b *Block) Hash() common.Hash { return crypto.Keccak256Hash(b.Encode()) }

func decodeBlock(d *dec) (*Block, error) {
	b := &Block{Number: d.u64(), ParentHash: d.hash(), Timestamp: d.u64(), StateRoot: d.hash()}
	n := d.u32()
	if d.err != nil {
		return nil, wrapf(CodeBadBatch, d.err, "decode block header")
	}
	if n > MaxBlockItems {
		return nil, errf(CodeBadBatch, "block %d has %d items, limit %d", b.Number, n, MaxBlockItems)
	}
	// Every item is at least one byte: a count beyond the bytes left is a lie.
	if int(n) > len(d.b)-d.off {
		return nil, errf(CodeBadBatch, "block %d claims %d items in %d bytes", b.Number, n, len(d.b)-d.off)
	}
	b.Items = make([]Item, 0, n)
	for i := uint32(0); i < n; i++ {
		if d.off >= len(d.b) {
			return nil, errf(CodeBadBatch, "block %d: item %d missing", b.Number, i)
		}
		switch ItemKind(d.b[d.off]) {
		case ItemL1Message:
			d.off++
			b.Items = append(b.Items, L1Item(d.u64()))
		case ItemSeal:
			d.off++
			if i != n-1 {
				return nil, errf(CodeBadBatch, "block %d: seal at item %d is not the last", b.Number, i)
			}
			b.Items = append(b.Items, SealItem())
		default:
			tx, err := decodeTx(d)
			if err != nil {
				return nil, wrapf(CodeBadBatch, err, "block %d item %d", b.Number, i)
			}
			b.Items = append(b.Items, TxItem(tx))
		}
		if d.err != nil {
			return nil, wrapf(CodeBadBatch, d.err, "block %d item %d", b.Number, i)
		}
	}
	return b, nil
}

// VerifyAll recovers the senders of txs on every core (signature recovery
// dominates the cost of applying a block).
func (d *Domain) VerifyAll(txs []*Tx) ([]*Verified, error) {
	out := make([]*Verified, len(txs))
	errs := make([]error, len(txs))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(txs); i += workers {
				out[i], errs[i] = d.Verify(txs[i])
			}
		}(w)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("tx %d: %w", i, err)
		}
	}
	return out, nil
}

// MessageSource returns L1 message i (derivation reads it from L1 logs).
type MessageSource func(ctx context.Context, index uint64) (*l1iface.Message, error)

// ApplyBlock applies a block received from elsewhere (a batch body in
// derivation): it verifies every signature, applies every item in order,
// commits, and checks the block's state root. It returns the batches the
// block sealed. On error the block is discarded and the state is at the
// previous block.
func (s *State) ApplyBlock(ctx context.Context, b *Block, msgs MessageSource) ([]*Sealed, error) {
	var txs []*Tx
	for _, it := range b.Items {
		if it.Tx != nil {
			txs = append(txs, it.Tx)
		}
	}
	verified, err := s.domain.VerifyAll(txs)
	if err != nil {
		return nil, wrapf(CodeBadBatch, err, "block %d", b.Number)
	}
	if err := s.BeginBlock(b.Number, b.Timestamp); err != nil {
		return nil, err
	}
	var sealed []*Sealed
	k := 0
	for i, it := range b.Items {
		var err error
		switch it.Kind() {
		case ItemL1Message:
			var m *l1iface.Message
			if m, err = msgs(ctx, it.L1Message); err == nil {
				if m.Index != it.L1Message {
					err = errf(CodeBadMessage, "message source returned %d for %d", m.Index, it.L1Message)
				} else {
					err = s.ApplyL1Message(m)
				}
			}
		case ItemSeal:
			var sd *Sealed
			if sd, err = s.Seal(); err == nil {
				sealed = append(sealed, sd)
			}
		default:
			_, err = s.Apply(verified[k])
			k++
		}
		if err != nil {
			s.Discard()
			return nil, wrapf(CodeBadBatch, err, "block %d item %d", b.Number, i)
		}
	}
	if _, err := s.commit(ctx, s.head+1, &b.StateRoot, false); err != nil {
		return nil, err
	}
	return sealed, nil
}

// DecodeBlock decodes one block's canonical encoding strictly (no
// trailing bytes).
func DecodeBlock(b []byte) (*Block, error) {
	d := &dec{b: b}
	blk, err := decodeBlock(d)
	if err != nil {
		return nil, err
	}
	if err := d.done(); err != nil {
		return nil, wrapf(CodeMalformed, err, "decode block")
	}
	return blk, nil
}
