package challenger

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/econ"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// Status is what `gpuroll challenger status` prints: written to
// DataDir/status.json while the service runs and served at /status.
type Status struct {
	Version    string          `json:"version"`
	PID        int             `json:"pid"`
	Running    bool            `json:"running"`
	UpdatedAt  time.Time       `json:"updatedAt"`
	Challenger common.Address  `json:"challenger"`
	Guardian   *common.Address `json:"guardian,omitempty"`
	L1         L1Status        `json:"l1"`
	Derivation DeriveStatus    `json:"derivation"`
	Receipts   ReceiptStatus   `json:"receipts"`
	Proofs     ProofStatus     `json:"proofs"`
	// RewardsWei: the challenger's share of every slash it landed (Bonds
	// pays it to the challenger's address in the reveal tx itself).
	RewardsWei string           `json:"rewardsWei"`
	Process    ProcessStatus    `json:"process"`
	Capacity   CapacityStatus   `json:"capacity"`
	Sampling   SamplingStatus   `json:"sampling"`
	Alarms     []Alarm          `json:"alarms"`
	Active     int              `json:"activeAlarms"`
	Disputes   []DisputeSummary `json:"disputes"`
}

// L1Status is the L1 head and how far the follower got.
type L1Status struct {
	Head     uint64 `json:"head"`
	HeadTime uint64 `json:"headTime"`
	Followed uint64 `json:"followed"`
	Messages uint64 `json:"messages"`
}

// DeriveStatus is where derivation stands.
type DeriveStatus struct {
	Batch      uint64      `json:"batch"`
	HeaderHash common.Hash `json:"headerHash"`
	L2Block    uint64      `json:"l2Block"`
	StateRoot  common.Hash `json:"stateRoot"`
	Batches    uint64      `json:"batchesDerived"`
	Blocks     uint64      `json:"blocksDerived"`
	Txs        uint64      `json:"txsDerived"`
	// StalledAt is a batch that does not match, waiting for the guardian.
	StalledAt     *uint64      `json:"stalledAt,omitempty"`
	StalledHeader *common.Hash `json:"stalledHeader,omitempty"`
}

// ReceiptStatus counts receipts (totals over the data dir's life).
type ReceiptStatus struct {
	Seen     uint64         `json:"seen"`
	Sampled  uint64         `json:"sampled"`
	Verified uint64         `json:"verified"` // re-executed: honest
	False    uint64         `json:"false"`
	Expired  uint64         `json:"expired"`
	ByStatus map[string]int `json:"activeByStatus"`
}

// ProofStatus counts fraud proofs and their fate on L1.
type ProofStatus struct {
	Made           uint64 `json:"made"`
	Committed      uint64 `json:"committed"`
	Revealed       uint64 `json:"revealed"`
	Landed         uint64 `json:"landed"`
	AlreadySlashed uint64 `json:"alreadySlashed"`
}

// ProcessStatus counts what this process did (since it started).
type ProcessStatus struct {
	Started     time.Time `json:"started"`
	ProofsMade  uint64    `json:"proofsMade"`
	Commits     uint64    `json:"commitsLanded"`
	Reveals     uint64    `json:"revealsLanded"`
	L1TxsSent   uint64    `json:"l1TxsSent"`
	Checks      uint64    `json:"checks"`
	BatchesSeen uint64    `json:"batchesDerived"`
}

// CapacityStatus is the measured re-execution capacity against what the
// sample rate asks for.
type CapacityStatus struct {
	Checkers             int     `json:"checkers"`
	Reexecutions         int     `json:"reexecutions"`
	ReexecSeconds        float64 `json:"reexecSeconds"`
	MACsPerSecond        float64 `json:"macsPerSecond"`
	NetworkMACsPerSecond float64 `json:"networkMacsPerSecond"`
	DemandMACsPerSecond  float64 `json:"demandMacsPerSecond"`
	MaxSampleRate        float64 `json:"maxSampleRate"`
	OverCapacity         bool    `json:"overCapacity"`
	Note                 string  `json:"note,omitempty"`
}

// SamplingStatus is the sampling configuration and what it buys.
type SamplingStatus struct {
	Rate                   float64 `json:"rate"`
	AlwaysCheckAbove       string  `json:"alwaysCheckAbove,omitempty"`
	Auditors               int     `json:"auditors"`
	DetectionProbability   float64 `json:"detectionProbability"`
	ChallengerShareBps     uint64  `json:"challengerShareBps"`
	SlashMultiplier        uint64  `json:"slashMultiplier"`
	MinSafeSlashMultiplier float64 `json:"minSafeSlashMultiplier"` // +Inf is written as -1
	Safe                   bool    `json:"slashMultiplierSafe"`
	// Deterrence is docs/economics.md's model for L2's parameters and
	// this auditor's flags, assuming --auditors auditors like it.
	Deterrence *econ.Summary `json:"deterrence,omitempty"`
}

// DisputeSummary is one dispute in the status.
type DisputeSummary struct {
	Receipt   common.Hash    `json:"receipt"`
	Batch     uint64         `json:"batch"`
	Status    string         `json:"status"`
	Step      *job.Step      `json:"step,omitempty"`
	Reason    string         `json:"reason,omitempty"`
	Reward    string         `json:"reward,omitempty"`
	SlashedBy common.Address `json:"slashedBy,omitzero"`
	WindowEnd uint64         `json:"windowEnd"`
	Error     string         `json:"error,omitempty"`
	Proofs    int            `json:"proofs,omitempty"`
	Times     Timings        `json:"times"`
}

func summary(d *Dispute) DisputeSummary {
	s := DisputeSummary{Receipt: d.Receipt, Batch: d.Batch, Status: d.Status, Step: d.Step, Reason: d.Reason,
		SlashedBy: d.SlashedBy, WindowEnd: d.WindowEnd, Error: d.Error, Proofs: d.Proofs, Times: d.Times}
	if d.Reward != nil {
		s.Reward = d.Reward.ToInt().String()
	}
	return s
}

// stats are the counters behind Status, shared by the loops.
type stats struct {
	mu        sync.Mutex
	l1Head    uint64
	l1Time    uint64
	followed  uint64
	cur       cursor
	root      common.Hash
	batches   uint64
	blocks    uint64
	txs       uint64
	stalled   uint64
	stalledH  common.Hash
	seen      uint64
	sampled   uint64
	verifiedN uint64
	falseN    uint64
	expiredN  uint64
	proofs    uint64
	commits   uint64
	reveals   uint64
	landedN   uint64
	lostN     uint64
	rewards   *big.Int
	proc      ProcessStatus
	active    map[common.Hash]DisputeSummary
	recent    []DisputeSummary
	// The network's work seen on L1: MACs of every receipt in derived
	// batches and the L1 time span of those batches.
	netMACs            float64
	firstTime, lastTim uint64
	econ               SamplingStatus
}

func newStats() *stats {
	return &stats{rewards: new(big.Int), active: map[common.Hash]DisputeSummary{}, proc: ProcessStatus{Started: time.Now().UTC()}}
}

// count adds a persisted dispute to the totals (at start-up).
func (st *stats) count(d *Dispute) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.seen++
	if d.Decision.Sampled {
		st.sampled++
	}
	switch d.Status {
	case StHonest:
		st.verifiedN++
	case StExpired:
		st.expiredN++
	case StLanded:
		st.landedN++
		st.reveals++
		st.rewards.Add(st.rewards, bigOf(d.Reward))
	case StLost:
		st.lostN++
	}
	if d.Step != nil {
		st.falseN++
	}
	st.proofs += uint64(d.Proofs)
	if d.CommitAt != 0 || d.Status == StLanded {
		st.commits++
	}
	if terminal(d.Status) && d.Status != StHonest && d.Status != StNotSampled {
		st.recent = append(st.recent, summary(d))
	}
}

func (st *stats) setL1Head(n, t uint64) {
	st.mu.Lock()
	st.l1Head, st.l1Time = n, t
	st.mu.Unlock()
}

func (st *stats) setFollowed(n uint64) {
	st.mu.Lock()
	st.followed = n
	st.mu.Unlock()
}

func (st *stats) setDerived(c cursor, root common.Hash) {
	st.mu.Lock()
	st.cur, st.root = c, root
	st.mu.Unlock()
}

func (st *stats) setStalled(i uint64, h common.Hash) {
	st.mu.Lock()
	st.stalled, st.stalledH = i, h
	st.mu.Unlock()
}

func (st *stats) batchDerived(rec *batchRec, c cursor, root common.Hash, txs, blocks int, fresh []*Dispute, macs uint64) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.cur, st.root = c, root
	st.batches++
	st.proc.BatchesSeen++
	st.txs += uint64(txs)
	st.blocks += uint64(blocks)
	for _, d := range fresh {
		st.seen++
		if d.Decision.Sampled {
			st.sampled++
		}
	}
	if rec.L1Time != 0 {
		if st.firstTime == 0 || rec.L1Time < st.firstTime {
			st.firstTime = rec.L1Time
		}
		if rec.L1Time > st.lastTim {
			st.lastTim = rec.L1Time
		}
	}
	st.netMACs += float64(macs)
}

func (st *stats) verified(d *Dispute) {
	st.mu.Lock()
	st.verifiedN++
	st.proc.Checks++
	st.mu.Unlock()
}

func (st *stats) falseFound(d *Dispute) {
	st.mu.Lock()
	st.falseN++
	st.proc.Checks++
	st.mu.Unlock()
}

func (st *stats) proofMade() {
	st.mu.Lock()
	st.proofs++
	st.proc.ProofsMade++
	st.mu.Unlock()
}

func (st *stats) committed() {
	st.mu.Lock()
	st.commits++
	st.proc.Commits++
	st.mu.Unlock()
}

func (st *stats) landed(reward *big.Int) {
	st.mu.Lock()
	st.reveals++
	st.landedN++
	st.proc.Reveals++
	st.rewards.Add(st.rewards, reward)
	st.mu.Unlock()
}

func (st *stats) lost() {
	st.mu.Lock()
	st.lostN++
	st.mu.Unlock()
}

func (st *stats) expired() {
	st.mu.Lock()
	st.expiredN++
	st.mu.Unlock()
}

func (st *stats) txSent() {
	st.mu.Lock()
	st.proc.L1TxsSent++
	st.mu.Unlock()
}

// upsert records a dispute's current state; terminal ones move to recent
// (honest and unsampled ones are only counted).
func (st *stats) upsert(d *Dispute) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if !terminal(d.Status) {
		st.active[d.Receipt] = summary(d)
		return
	}
	delete(st.active, d.Receipt)
	if d.Status == StHonest || d.Status == StNotSampled {
		return
	}
	st.recent = append(st.recent, summary(d))
	if len(st.recent) > 100 {
		st.recent = st.recent[len(st.recent)-100:]
	}
}

// Status assembles the service's status.
func (s *Service) Status() *Status {
	st := s.stats
	capRate, capSecs, capN := s.capacity.rate()
	alarms := s.Alarms()
	st.mu.Lock()
	defer st.mu.Unlock()
	out := &Status{Version: Version, PID: os.Getpid(), Running: !s.stopped.Load(), UpdatedAt: time.Now().UTC(), Challenger: s.from,
		L1:         L1Status{Head: st.l1Head, HeadTime: st.l1Time, Followed: st.followed, Messages: s.msgsSeenAtomic.Load()},
		Derivation: DeriveStatus{Batch: st.cur.Batch, HeaderHash: st.cur.HeaderHash, L2Block: st.cur.Block, StateRoot: st.root, Batches: st.batches, Blocks: st.blocks, Txs: st.txs},
		Receipts:   ReceiptStatus{Seen: st.seen, Sampled: st.sampled, Verified: st.verifiedN, False: st.falseN, Expired: st.expiredN, ByStatus: map[string]int{}},
		Proofs:     ProofStatus{Made: st.proofs, Committed: st.commits, Revealed: st.reveals, Landed: st.landedN, AlreadySlashed: st.lostN},
		RewardsWei: st.rewards.String(), Process: st.proc, Sampling: st.econ, Alarms: alarms}
	if s.gtxm != nil {
		g := s.gfrom
		out.Guardian = &g
	}
	if st.stalled != 0 {
		i, h := st.stalled, st.stalledH
		out.Derivation.StalledAt, out.Derivation.StalledHeader = &i, &h
	}
	for _, a := range alarms {
		if a.Active {
			out.Active++
		}
	}
	for _, d := range st.active {
		out.Receipts.ByStatus[d.Status]++
		if d.Status != StQueued {
			out.Disputes = append(out.Disputes, d)
		}
	}
	sort.Slice(out.Disputes, func(i, j int) bool { return out.Disputes[i].WindowEnd < out.Disputes[j].WindowEnd })
	out.Disputes = append(out.Disputes, st.recent...)
	c := &out.Capacity
	c.Checkers, c.Reexecutions, c.ReexecSeconds = s.cfg.Checkers, capN, capSecs
	c.MACsPerSecond = capRate * float64(s.cfg.Checkers)
	if st.lastTim > st.firstTime {
		c.NetworkMACsPerSecond = st.netMACs / float64(st.lastTim-st.firstTime)
	}
	c.DemandMACsPerSecond = c.NetworkMACsPerSecond * s.cfg.SampleRate
	switch {
	case c.NetworkMACsPerSecond > 0 && c.MACsPerSecond > 0:
		c.MaxSampleRate = math.Min(1, c.MACsPerSecond/c.NetworkMACsPerSecond)
		c.OverCapacity = c.DemandMACsPerSecond > c.MACsPerSecond
		if c.OverCapacity {
			c.Note = fmt.Sprintf("the sample rate %.4g asks for %.3g MAC/s, the measured capacity is %.3g MAC/s: at most rate %.4g is sustainable (add checkers or a GPU worker)",
				s.cfg.SampleRate, c.DemandMACsPerSecond, c.MACsPerSecond, c.MaxSampleRate)
		}
	case capN == 0:
		c.Note = "no re-execution measured yet"
	}
	return out
}

// updateCapacity sets the capacity gauges and warns when the sample rate
// exceeds the measured capacity.
func (s *Service) updateCapacity() {
	c := s.Status().Capacity
	s.m.capacity.Set(c.MACsPerSecond)
	s.m.demand.Set(c.DemandMACsPerSecond)
	s.m.maxRate.Set(c.MaxSampleRate)
	s.m.overCapacity.Set(b2f(c.OverCapacity))
	if c.OverCapacity != s.overCapacity {
		s.overCapacity = c.OverCapacity
		if c.OverCapacity {
			s.log.Warn("sample rate exceeds the measured re-execution capacity", "note", c.Note)
		} else {
			s.log.Info("sample rate within the measured re-execution capacity again", "capacity", c.MACsPerSecond, "demand", c.DemandMACsPerSecond)
		}
	}
}

// updateEconomics recomputes P and the minimum safe slash multiplier from
// the parameters on L2 (the derived state).
func (s *Service) updateEconomics() {
	p, err := s.st.Params()
	if err != nil {
		return
	}
	share := p[l1iface.ParamChallengerShareBps].Uint64()
	mult := p[l1iface.ParamSlashMultiplier].Uint64()
	P := DetectionProbability(s.cfg.SampleRate, s.cfg.Auditors)
	minMult := MinSafeSlashMultiplier(P, share)
	e := SamplingStatus{Rate: s.cfg.SampleRate, Auditors: s.cfg.Auditors, DetectionProbability: P,
		ChallengerShareBps: share, SlashMultiplier: mult, MinSafeSlashMultiplier: minMult, Safe: float64(mult) >= minMult}
	if math.IsInf(minMult, 1) {
		e.MinSafeSlashMultiplier = -1
	}
	audit := econ.Audit{Auditors: s.cfg.Auditors, SampleRate: s.cfg.SampleRate}
	if s.cfg.AlwaysCheckAbove != nil {
		e.AlwaysCheckAbove = s.cfg.AlwaysCheckAbove.String()
		audit.AlwaysCheckAbove = econ.Tokens(s.cfg.AlwaysCheckAbove)
	}
	if ep := econ.FromState(p, audit); ep.Validate() == nil {
		d := econ.Summarize(ep)
		e.Deterrence = &d
		s.m.deterrence.Set(d.MinRatio)
	}
	s.stats.mu.Lock()
	prev := s.stats.econ
	s.stats.econ = e
	s.stats.mu.Unlock()
	s.m.sampleRate.Set(e.Rate)
	s.m.detection.Set(P)
	s.m.minMultiplier.Set(e.MinSafeSlashMultiplier)
	s.m.multiplier.Set(float64(mult))
	s.m.multiplierSafe.Set(b2f(e.Safe))
	if prev.SlashMultiplier != e.SlashMultiplier || prev.ChallengerShareBps != e.ChallengerShareBps {
		if !e.Safe {
			s.log.Warn("the slash multiplier is below the minimum safe one for this sample rate and number of auditors",
				"slashMultiplier", mult, "minSafe", minMult, "detectionProbability", P, "shareBps", share)
		} else {
			s.log.Info("economics", "detectionProbability", P, "minSafeSlashMultiplier", minMult, "slashMultiplier", mult)
		}
	}
}

// statusDirty asks the status loop to rewrite status.json.
func (s *Service) statusDirty() { s.dirty.Store(true) }

func (s *Service) statusPath() string    { return filepath.Join(s.cfg.DataDir, StatusFile) }
func (s *Service) decisionsPath() string { return filepath.Join(s.cfg.DataDir, DecisionsFile) }

// StatusFile and DecisionsFile are written in the data directory.
const (
	StatusFile    = "status.json"
	DecisionsFile = "decisions.jsonl"
)

func (s *Service) writeStatus() {
	b, err := json.MarshalIndent(s.Status(), "", "  ")
	if err != nil {
		return
	}
	if err := writeFileAtomic(s.statusPath(), append(b, '\n')); err != nil {
		s.log.Warn("write status", "err", err)
	}
}

// ReadStatus reads the status.json of a data directory.
func ReadStatus(dataDir string) (*Status, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, StatusFile))
	if err != nil {
		return nil, err
	}
	var st Status
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("%s: %w", StatusFile, err)
	}
	return &st, nil
}
