package l1

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// QueuedMessage is one MessageQueued log: the message and the rolling hash
// the Rollup computed after it.
type QueuedMessage struct {
	Message     l1iface.Message
	RollingHash common.Hash
	Block       BlockRef
}

// MessageQueuedTopic is the topic of Rollup's MessageQueued event, for
// FollowerConfig.Topics.
func MessageQueuedTopic() common.Hash {
	return bindings.NewRollup().GetABI().Events["MessageQueued"].ID
}

// ParseMessageQueued decodes a MessageQueued log of the Rollup at rollup.
// The payload is decoded strictly for its kind (l1iface.DecodePayload).
func ParseMessageQueued(rollup common.Address, l *types.Log) (*QueuedMessage, error) {
	if l.Address != rollup {
		return nil, fmt.Errorf("message log from %s, not the Rollup %s", l.Address, rollup)
	}
	if len(l.Topics) == 0 || l.Topics[0] != MessageQueuedTopic() {
		return nil, errors.New("not a MessageQueued log")
	}
	ev, err := bindings.NewRollup().UnpackMessageQueuedEvent(l)
	if err != nil {
		return nil, fmt.Errorf("MessageQueued log: %w", err)
	}
	m := l1iface.Message{Index: ev.Index, Kind: l1iface.MessageKind(ev.Kind), Timestamp: ev.Timestamp, Payload: ev.Payload}
	if _, err := m.Decode(); err != nil {
		return nil, fmt.Errorf("message %d: %w", ev.Index, err)
	}
	return &QueuedMessage{Message: m, RollingHash: ev.RollingHash, Block: BlockRef{Number: l.BlockNumber, Hash: l.BlockHash}}, nil
}

// MessageChain is the L1 message queue as derivation sees it: messages in
// index order, each one checked to chain onto the rolling hash before it
// (recomputed in Go, never taken from the log alone).
type MessageChain struct {
	msgs    []QueuedMessage
	rolling []common.Hash // rolling[n] after n messages
}

// NewMessageChain starts an empty queue.
func NewMessageChain() *MessageChain { return &MessageChain{rolling: []common.Hash{{}}} }

// Len is the number of messages.
func (c *MessageChain) Len() uint64 { return uint64(len(c.msgs)) }

// Rolling is the rolling hash after the first n messages.
func (c *MessageChain) Rolling(n uint64) (common.Hash, error) {
	if n > c.Len() {
		return common.Hash{}, fmt.Errorf("rolling hash after %d messages: only %d known", n, c.Len())
	}
	return c.rolling[n], nil
}

// Message returns message i.
func (c *MessageChain) Message(i uint64) (QueuedMessage, error) {
	if i >= c.Len() {
		return QueuedMessage{}, fmt.Errorf("message %d: only %d known", i, c.Len())
	}
	return c.msgs[i], nil
}

// Append adds the next message; it must carry the next index and the
// rolling hash the Go side computes.
func (c *MessageChain) Append(q QueuedMessage) error {
	if q.Message.Index != c.Len() {
		return fmt.Errorf("message %d out of order: expected %d", q.Message.Index, c.Len())
	}
	r := l1iface.NextRollingHash(c.rolling[len(c.rolling)-1], q.Message.Hash())
	if r != q.RollingHash {
		return fmt.Errorf("message %d: rolling hash %x on L1, %x computed", q.Message.Index, q.RollingHash, r)
	}
	c.msgs = append(c.msgs, q)
	c.rolling = append(c.rolling, r)
	return nil
}

// RollbackTo drops every message queued in a block after `block` (a reorg
// reported by the Follower).
func (c *MessageChain) RollbackTo(block uint64) {
	n := len(c.msgs)
	for n > 0 && c.msgs[n-1].Block.Number > block {
		n--
	}
	c.msgs = c.msgs[:n]
	c.rolling = c.rolling[:n+1]
}

// Apply feeds one Follower event into the chain: a rollback, or the
// block's MessageQueued logs of the Rollup (other logs are ignored).
func (c *MessageChain) Apply(rollup common.Address, e FollowEvent) error {
	if e.Rollback {
		c.RollbackTo(e.RollbackTo.Number)
		return nil
	}
	topic := MessageQueuedTopic()
	for i := range e.Logs {
		l := &e.Logs[i]
		if l.Address != rollup || len(l.Topics) == 0 || l.Topics[0] != topic {
			continue
		}
		q, err := ParseMessageQueued(rollup, l)
		if err != nil {
			return err
		}
		if err := c.Append(*q); err != nil {
			return err
		}
	}
	return nil
}
