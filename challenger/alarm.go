package challenger

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Alarm kinds. An alarm is an error log naming what it is about, a
// metric (alarms_active{kind}, alarms_total{kind}) and a non-zero exit of
// `gpuroll challenger status` while it is active.
const (
	// AlarmStateMismatch: a batch's header does not match the state the
	// challenger derived from L1 (evidence for the guardian is written).
	AlarmStateMismatch = "state-mismatch"
	// AlarmUnderivable: a batch's body cannot be read from L1 (not a
	// direct submitBatch call, or its header hash differs from the event).
	AlarmUnderivable = "underivable"
	// AlarmL1: L1 cannot be followed safely (a reorg deeper than the
	// follower's history).
	AlarmL1 = "l1"
	// AlarmDataUnavailable: the store does not serve a sampled receipt's
	// model, input or trace.
	AlarmDataUnavailable = "data-unavailable"
	// AlarmBadData: the store serves bytes that are not the blob (they do
	// not decode, or hash to another root).
	AlarmBadData = "bad-data"
	// AlarmBadShape: the stored job or trace does not fit the receipt.
	AlarmBadShape = "bad-shape"
	// AlarmReexec: the executor failed on a sampled job.
	AlarmReexec = "reexec-failed"
	// AlarmCannotProve: a false receipt found, but no proof could be made
	// (no keys of its step class, ...).
	AlarmCannotProve = "cannot-prove"
	// AlarmMissed: a false receipt whose window closed before the slash.
	AlarmMissed = "missed"
	// AlarmRevealFailed: Disputes refused a reveal for a reason that
	// retrying cannot fix.
	AlarmRevealFailed = "reveal-failed"
)

// Alarm is one alarm, persisted (key a ‖ id).
type Alarm struct {
	ID         string      `json:"id"`
	Kind       string      `json:"kind"`
	Batch      uint64      `json:"batch,omitempty"`
	HeaderHash common.Hash `json:"headerHash,omitzero"`
	Receipt    common.Hash `json:"receipt,omitzero"`
	Message    string      `json:"message"`
	Evidence   string      `json:"evidence,omitempty"` // path of the guardian evidence file
	RejectTx   common.Hash `json:"rejectTx,omitzero"`  // the guardian's rejectBatch, when this challenger sent it
	Since      time.Time   `json:"since"`
	Active     bool        `json:"active"`
	Resolved   string      `json:"resolved,omitempty"`
	ResolvedAt *time.Time  `json:"resolvedAt,omitempty"`
}

func alarmID(kind string, batch uint64, h common.Hash, receipt common.Hash) string {
	return fmt.Sprintf("%s/%d/%s/%s", kind, batch, h.Hex(), receipt.Hex())
}

// raise records an alarm (again, if it was resolved) and logs it.
func (s *Service) raise(a Alarm) {
	if a.ID == "" {
		a.ID = alarmID(a.Kind, a.Batch, a.HeaderHash, a.Receipt)
	}
	s.amu.Lock()
	old, ok := s.alarms[a.ID]
	if ok && old.Active {
		old.Message = a.Message
		if a.Evidence != "" {
			old.Evidence = a.Evidence
		}
		if a.RejectTx != (common.Hash{}) {
			old.RejectTx = a.RejectTx
		}
		cp := *old
		s.amu.Unlock()
		s.saveAlarm(&cp)
		return
	}
	a.Since, a.Active = time.Now().UTC(), true
	s.alarms[a.ID] = &a
	cp := a
	s.amu.Unlock()
	s.m.alarms.WithLabelValues(a.Kind).Inc()
	s.log.Error("ALARM "+a.Kind, "batch", a.Batch, "headerHash", a.HeaderHash, "receipt", a.Receipt, "message", a.Message, "evidence", a.Evidence)
	s.saveAlarm(&cp)
	s.updateAlarmGauges()
}

// resolve ends an alarm.
func (s *Service) resolve(id, why string) {
	s.amu.Lock()
	a, ok := s.alarms[id]
	if !ok || !a.Active {
		s.amu.Unlock()
		return
	}
	t := time.Now().UTC()
	a.Active, a.Resolved, a.ResolvedAt = false, why, &t
	cp := *a
	s.amu.Unlock()
	s.log.Info("alarm resolved", "kind", cp.Kind, "batch", cp.Batch, "receipt", cp.Receipt, "why", why)
	s.saveAlarm(&cp)
	s.updateAlarmGauges()
}

// resolveBatch ends the alarms about a batch that L1 no longer has.
func (s *Service) resolveBatch(b batchID, why string) {
	s.amu.Lock()
	var ids []string
	for id, a := range s.alarms {
		if a.Active && a.Batch == b.Index && a.HeaderHash == b.Hash && (a.Kind == AlarmStateMismatch || a.Kind == AlarmUnderivable) {
			ids = append(ids, id)
		}
	}
	s.amu.Unlock()
	for _, id := range ids {
		s.resolve(id, why)
	}
}

func (s *Service) saveAlarm(a *Alarm) {
	if err := s.db.putJSON(key(pfxAlarm, []byte(a.ID)), a); err != nil {
		s.log.Error("persist alarm", "id", a.ID, "err", err)
	}
	s.statusDirty()
}

func (s *Service) loadAlarms() error {
	return s.db.scan([]byte{pfxAlarm}, func(_, v []byte) error {
		var a Alarm
		if err := json.Unmarshal(v, &a); err != nil {
			return err
		}
		s.alarms[a.ID] = &a
		return nil
	})
}

func (s *Service) updateAlarmGauges() {
	s.amu.Lock()
	counts := map[string]int{}
	for _, a := range s.alarms {
		if a.Active {
			counts[a.Kind]++
		}
	}
	s.amu.Unlock()
	for _, k := range []string{AlarmStateMismatch, AlarmUnderivable, AlarmL1, AlarmDataUnavailable, AlarmBadData,
		AlarmBadShape, AlarmReexec, AlarmCannotProve, AlarmMissed, AlarmRevealFailed} {
		s.m.alarmsActive.WithLabelValues(k).Set(float64(counts[k]))
	}
	s.m.stateMismatch.Set(b2f(counts[AlarmStateMismatch] > 0))
}

// Alarms returns every alarm, active ones first, oldest first.
func (s *Service) Alarms() []Alarm {
	s.amu.Lock()
	out := make([]Alarm, 0, len(s.alarms))
	for _, a := range s.alarms {
		out = append(out, *a)
	}
	s.amu.Unlock()
	sort.Slice(out, func(i, j int) bool {
		if out[i].Active != out[j].Active {
			return out[i].Active
		}
		return out[i].Since.Before(out[j].Since)
	})
	return out
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
