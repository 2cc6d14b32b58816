// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BondsRelease is an auto generated low-level Go binding around an user-defined struct.
type BondsRelease struct {
	Amount       *big.Int
	MessageIndex uint64
}

// DisputesStep is an auto generated low-level Go binding around an user-defined struct.
type DisputesStep struct {
	Row     uint32
	Layer   uint32
	Output  uint32
	ClassId uint8
}

// L1CodecBatchHeader is an auto generated low-level Go binding around an user-defined struct.
type L1CodecBatchHeader struct {
	Index               uint64
	ParentHash          [32]byte
	PreStateRoot        [32]byte
	PostStateRoot       [32]byte
	ReceiptsRoot        [32]byte
	WithdrawalsRoot     [32]byte
	MessagesConsumed    uint64
	MessagesRollingHash [32]byte
	BodyHash            [32]byte
}

// L1CodecReceiptAuth is an auto generated low-level Go binding around an user-defined struct.
type L1CodecReceiptAuth struct {
	JobId     [32]byte
	Nonce     uint64
	MaxFee    *big.Int
	GpuMillis uint64
	V         uint8
	R         [32]byte
	S         [32]byte
}

// L1CodecReceiptLeaf is an auto generated low-level Go binding around an user-defined struct.
type L1CodecReceiptLeaf struct {
	I           *big.Int
	ReceiptId   [32]byte
	Provider    common.Address
	Buyer       common.Address
	ModelRoot   [32]byte
	InputRoot   [32]byte
	Rows        uint32
	Layers      uint32
	TraceRoot   [32]byte
	SlashAmount *big.Int
}

// L1CodecWithdrawalLeaf is an auto generated low-level Go binding around an user-defined struct.
type L1CodecWithdrawalLeaf struct {
	I            *big.Int
	WithdrawalId uint64
	From         common.Address
	To           common.Address
	Amount       *big.Int
}

// RollupBatch is an auto generated low-level Go binding around an user-defined struct.
type RollupBatch struct {
	HeaderHash       [32]byte
	PostStateRoot    [32]byte
	ReceiptsRoot     [32]byte
	WithdrawalsRoot  [32]byte
	MessagesConsumed uint64
	SubmittedAt      uint64
	WindowEnd        uint64
	RevealEnd        uint64
}

// RollupParams is an auto generated low-level Go binding around an user-defined struct.
type RollupParams struct {
	DisputeWindow      *big.Int
	RevealPeriod       *big.Int
	MaxInclusionDelay  *big.Int
	MinSlash           *big.Int
	SlashMultiplier    *big.Int
	ChallengerShareBps *big.Int
	BaseFee            *big.Int
	ByteFee            *big.Int
	StorageByteFee     *big.Int
	MaxMACsPerReceipt  *big.Int
	Sequencer          common.Address
	Guardian           common.Address
}

// BondsMetaData contains all meta data concerning the Bonds contract.
var BondsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRollupForBonds\",\"name\":\"rollup_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDisputes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToRelease\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyPendingReleases\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"}],\"name\":\"Bonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"}],\"name\":\"Unbonding\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_PENDING_RELEASES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"bonded\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"releases\",\"outputs\":[{\"components\":[{\"internalType\":\"uint192\",\"name\":\"amount\",\"type\":\"uint192\"},{\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"}],\"internalType\":\"structBonds.Release[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractIRollupForBonds\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shareBps\",\"type\":\"uint256\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"slashable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unbond\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbonding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Bonds",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516114a13803806114a183398101604081905261002e916100ea565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03811660a081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa15801561009d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100c191906100ea565b6001600160a01b03166080525061010c565b6001600160a01b03811681146100e7575f5ffd5b50565b5f602082840312156100fa575f5ffd5b8151610105816100d3565b9392505050565b60805160a0516113206101815f395f818161016b015281816103230152818161046c015281816106b201528181610788015281816109340152610dc401525f81816101e8015281816107bb015281816107f501528181610b8a01528181610c1201528181610c920152610cdb01526113205ff3fe608060405234801561000f575f5ffd5b50600436106100a5575f3560e01c806386d1a69f1161006e57806386d1a69f1461014b5780639940686e14610153578063cb23bcb514610166578063ced4cd2e146101a5578063f19e2a21146101c4578063fc0c546a146101e3575f5ffd5b8062f3efa9146100a957806327de9e32146100c45780634be9fd9f146100f057806355828c1614610118578063844caee814610138575b5f5ffd5b6100b1601081565b6040519081526020015b60405180910390f35b6100d76100d2366004611114565b61020a565b60405167ffffffffffffffff90911681526020016100bb565b6101036100fe366004611142565b610460565b604080519283526020830191909152016100bb565b61012b610126366004611187565b610844565b6040516100bb91906111a2565b6100b1610146366004611187565b6108d5565b6100b1610907565b6100d7610161366004611114565b610bd2565b61018d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100bb565b6100b16101b3366004611187565b60016020525f908152604090205481565b6100b16101d2366004611187565b5f6020819052908152604090205481565b61018d7f000000000000000000000000000000000000000000000000000000000000000081565b5f610213610e99565b815f0361023357604051631f2a200560e01b815260040160405180910390fd5b335f9081526020819052604090205480831115610272576040516344d4caf760e01b815260048101829052602481018490526044015b60405180910390fd5b6001600160c01b0383111561029a57604051630625040160e01b815260040160405180910390fd5b335f90815260026020526040902080546010116102ca5760405163d298b3e360e01b815260040160405180910390fd5b6102d48483611217565b335f90815260208181526040808320849055600190915281208054929450869290919061030290849061122a565b909155505060405163d8f4c04360e01b8152336004820152602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d8f4c043906044016020604051808303815f875af1158015610371573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610395919061123d565b6040805180820182526001600160c01b03808816825267ffffffffffffffff808516602080850191825287546001810189555f8981529190912094519151909216600160c01b029216919091179101555190935033907ff5023aa92770a9b885eda6234687e4c3507e0ff073cc13c4bcf35877163d23af9061043790879086908890928352602083019190915267ffffffffffffffff16604082015260600190565b60405180910390a2505061045b610eca5f5f5160206113005f395f51905f52610ec4565b919050565b5f5f61046a610e99565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d4c5b2526040518163ffffffff1660e01b8152600401602060405180830381865afa1580156104c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104ea9190611264565b6001600160a01b0316336001600160a01b03161461051b576040516326185c6560e11b815260040160405180910390fd5b6001600160a01b0386165f90815260208190526040812054908187106105415781610543565b865b905061054f8183611217565b6001600160a01b0389165f9081526020818152604080832084905560029091529020805492955090925084915b888610801561058a57505f81115b1561063b57806105998161127f565b91505f90506105a8878b611217565b90505f8383815481106105bd576105bd611294565b5f9182526020822001546001600160c01b031691508183106105df57816105e1565b825b90506105ed8183611217565b8585815481106105ff576105ff611294565b5f91825260209091200180546001600160c01b0319166001600160c01b0392909216919091179055610631818a61122a565b985050505061057c565b8286111561067a5761064d8387611217565b6001600160a01b038b165f9081526001602052604081208054909190610674908490611217565b90915550505b6106878688612710610ecc565b60405163d8f4c04360e01b81526001600160a01b038c81166004830152602482018790529196505f917f0000000000000000000000000000000000000000000000000000000000000000169063d8f4c043906044016020604051808303815f875af11580156106f8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061071c919061123d565b604080518c8152602081018a905290810187905267ffffffffffffffff821660608201529091506001600160a01b038c16907f24e28adc8f179427c5b778ed3c6f82c37fe08cc97ee8cac4321ec9c77f49a5b89060800160405180910390a2858711156107e2576107e27f00000000000000000000000000000000000000000000000000000000000000006107b1888a611217565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190610f7d565b851561081c5761081c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a88610f7d565b505050505061083b610eca5f5f5160206113005f395f51905f52610ec4565b94509492505050565b6001600160a01b0381165f908152600260209081526040808320805482518185028101850190935280835260609492939192909184015b828210156108ca575f84815260209081902060408051808201909152908401546001600160c01b0381168252600160c01b900467ffffffffffffffff168183015282526001909201910161087b565b505050509050919050565b6001600160a01b0381165f9081526001602090815260408083205491839052822054610901919061122a565b92915050565b5f610910610e99565b335f9081526002602090815260408083208151635124e16960e01b815291519093927f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692635124e16992600480830193928290030181865afa158015610981573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109a5919061123d565b82549091505f5b81811080156109f157508267ffffffffffffffff168482815481106109d3576109d3611294565b5f91825260209091200154600160c01b900467ffffffffffffffff16105b15610a3a57838181548110610a0857610a08611294565b5f91825260209091200154610a26906001600160c01b03168661122a565b945080610a32816112a8565b9150506109ac565b805f03610a5a5760405163b10205ed60e01b815260040160405180910390fd5b805b82811015610ae557848181548110610a7657610a76611294565b905f5260205f2001858383610a8b9190611217565b81548110610a9b57610a9b611294565b5f91825260209091208254910180546001600160c01b0319166001600160c01b039092169182178155915467ffffffffffffffff600160c01b918290041602179055600101610a5c565b505f5b81811015610b1e5784805480610b0057610b006112c0565b5f8281526020812082015f1990810191909155019055600101610ae8565b50335f9081526001602052604081208054879290610b3d908490611217565b909155505060405185815233907fb21fb52d5749b80f3182f8c6992236b5e5576681880914484d7f4c9b062e619e9060200160405180910390a28415610bb157610bb16001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163387610f7d565b50505050610bcf610eca5f5f5160206113005f395f51905f52610ec4565b90565b5f610bdb610e99565b815f03610bfb57604051631f2a200560e01b815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610c5f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c8391906112d4565b9050610cba6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086610fb7565b6040516370a0823160e01b81523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610d20573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d4491906112d4565b610d4e9190611217565b9050805f03610d7057604051631f2a200560e01b815260040160405180910390fd5b335f90815260208190526040812054610d8a90839061122a565b335f81815260208190526040908190208390555163d8f4c04360e01b81526004810191909152602481018290529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d8f4c043906044016020604051808303815f875af1158015610e0a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e2e919061123d565b604080518481526020810184905267ffffffffffffffff831681830152905191955033917f7f3f998dfce95d11af592e3e5df237d3b773249a246166f926c8dd93e366b01c9181900360600190a250505061045b610eca5f5f5160206113005f395f51905f52610ec4565b610eb05f5160206113005f395f51905f525c610ff3565b610eca60015f5160206113005f395f51905f525b90611011565b565b5f5f5f610ed98686611018565b91509150815f03610efd57838181610ef357610ef36112eb565b0492505050610f76565b818411610f1457610f146003851502601118611034565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b610f8a8383836001611045565b610fb257604051635274afe760e01b81526001600160a01b0384166004820152602401610269565b505050565b610fc58484848460016110a7565b610fed57604051635274afe760e01b81526001600160a01b0385166004820152602401610269565b50505050565b15610eca57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661109b57838315161561108f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166111035783831516156110f7573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215611124575f5ffd5b5035919050565b6001600160a01b038116811461113f575f5ffd5b50565b5f5f5f5f60808587031215611155575f5ffd5b84356111608161112b565b93506020850135925060408501356111778161112b565b9396929550929360600135925050565b5f60208284031215611197575f5ffd5b8135610f768161112b565b602080825282518282018190525f918401906040840190835b818110156111f857835180516001600160c01b0316845260209081015167ffffffffffffffff1681850152909301926040909201916001016111bb565b509095945050505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561090157610901611203565b8082018082111561090157610901611203565b5f6020828403121561124d575f5ffd5b815167ffffffffffffffff81168114610f76575f5ffd5b5f60208284031215611274575f5ffd5b8151610f768161112b565b5f8161128d5761128d611203565b505f190190565b634e487b7160e01b5f52603260045260245ffd5b5f600182016112b9576112b9611203565b5060010190565b634e487b7160e01b5f52603160045260245ffd5b5f602082840312156112e4575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
}

// Bonds is an auto generated Go binding around an Ethereum contract.
type Bonds struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Bonds) GetABI() abi.ABI {
	return c.abi
}

// NewBonds creates a new instance of Bonds.
func NewBonds() *Bonds {
	parsed, err := BondsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bonds{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bonds) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_) returns()
func (bonds *Bonds) PackConstructor(rollup_ common.Address) []byte {
	enc, err := bonds.abi.Pack("", rollup_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXPENDINGRELEASES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00f3efa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PENDING_RELEASES() view returns(uint256)
func (bonds *Bonds) PackMAXPENDINGRELEASES() []byte {
	enc, err := bonds.abi.Pack("MAX_PENDING_RELEASES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPENDINGRELEASES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00f3efa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PENDING_RELEASES() view returns(uint256)
func (bonds *Bonds) TryPackMAXPENDINGRELEASES() ([]byte, error) {
	return bonds.abi.Pack("MAX_PENDING_RELEASES")
}

// UnpackMAXPENDINGRELEASES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00f3efa9.
//
// Solidity: function MAX_PENDING_RELEASES() view returns(uint256)
func (bonds *Bonds) UnpackMAXPENDINGRELEASES(data []byte) (*big.Int, error) {
	out, err := bonds.abi.Unpack("MAX_PENDING_RELEASES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9940686e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond(uint256 amount) returns(uint64 messageIndex)
func (bonds *Bonds) PackBond(amount *big.Int) []byte {
	enc, err := bonds.abi.Pack("bond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9940686e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond(uint256 amount) returns(uint64 messageIndex)
func (bonds *Bonds) TryPackBond(amount *big.Int) ([]byte, error) {
	return bonds.abi.Pack("bond", amount)
}

// UnpackBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9940686e.
//
// Solidity: function bond(uint256 amount) returns(uint64 messageIndex)
func (bonds *Bonds) UnpackBond(data []byte) (uint64, error) {
	out, err := bonds.abi.Unpack("bond", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf19e2a21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bonded(address ) view returns(uint256)
func (bonds *Bonds) PackBonded(arg0 common.Address) []byte {
	enc, err := bonds.abi.Pack("bonded", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf19e2a21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bonded(address ) view returns(uint256)
func (bonds *Bonds) TryPackBonded(arg0 common.Address) ([]byte, error) {
	return bonds.abi.Pack("bonded", arg0)
}

// UnpackBonded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf19e2a21.
//
// Solidity: function bonded(address ) view returns(uint256)
func (bonds *Bonds) UnpackBonded(data []byte) (*big.Int, error) {
	out, err := bonds.abi.Unpack("bonded", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release() returns(uint256 amount)
func (bonds *Bonds) PackRelease() []byte {
	enc, err := bonds.abi.Pack("release")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release() returns(uint256 amount)
func (bonds *Bonds) TryPackRelease() ([]byte, error) {
	return bonds.abi.Pack("release")
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86d1a69f.
//
// Solidity: function release() returns(uint256 amount)
func (bonds *Bonds) UnpackRelease(data []byte) (*big.Int, error) {
	out, err := bonds.abi.Unpack("release", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleases is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55828c16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releases(address provider) view returns((uint192,uint64)[])
func (bonds *Bonds) PackReleases(provider common.Address) []byte {
	enc, err := bonds.abi.Pack("releases", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleases is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55828c16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releases(address provider) view returns((uint192,uint64)[])
func (bonds *Bonds) TryPackReleases(provider common.Address) ([]byte, error) {
	return bonds.abi.Pack("releases", provider)
}

// UnpackReleases is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55828c16.
//
// Solidity: function releases(address provider) view returns((uint192,uint64)[])
func (bonds *Bonds) UnpackReleases(data []byte) ([]BondsRelease, error) {
	out, err := bonds.abi.Unpack("releases", data)
	if err != nil {
		return *new([]BondsRelease), err
	}
	out0 := *abi.ConvertType(out[0], new([]BondsRelease)).(*[]BondsRelease)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (bonds *Bonds) PackRollup() []byte {
	enc, err := bonds.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (bonds *Bonds) TryPackRollup() ([]byte, error) {
	return bonds.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (bonds *Bonds) UnpackRollup(data []byte) (common.Address, error) {
	out, err := bonds.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4be9fd9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address provider, uint256 amount, address challenger, uint256 shareBps) returns(uint256 taken, uint256 share)
func (bonds *Bonds) PackSlash(provider common.Address, amount *big.Int, challenger common.Address, shareBps *big.Int) []byte {
	enc, err := bonds.abi.Pack("slash", provider, amount, challenger, shareBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4be9fd9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address provider, uint256 amount, address challenger, uint256 shareBps) returns(uint256 taken, uint256 share)
func (bonds *Bonds) TryPackSlash(provider common.Address, amount *big.Int, challenger common.Address, shareBps *big.Int) ([]byte, error) {
	return bonds.abi.Pack("slash", provider, amount, challenger, shareBps)
}

// SlashOutput serves as a container for the return parameters of contract
// method Slash.
type SlashOutput struct {
	Taken *big.Int
	Share *big.Int
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4be9fd9f.
//
// Solidity: function slash(address provider, uint256 amount, address challenger, uint256 shareBps) returns(uint256 taken, uint256 share)
func (bonds *Bonds) UnpackSlash(data []byte) (SlashOutput, error) {
	out, err := bonds.abi.Unpack("slash", data)
	outstruct := new(SlashOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Taken = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Share = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSlashable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x844caee8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashable(address provider) view returns(uint256)
func (bonds *Bonds) PackSlashable(provider common.Address) []byte {
	enc, err := bonds.abi.Pack("slashable", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x844caee8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashable(address provider) view returns(uint256)
func (bonds *Bonds) TryPackSlashable(provider common.Address) ([]byte, error) {
	return bonds.abi.Pack("slashable", provider)
}

// UnpackSlashable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x844caee8.
//
// Solidity: function slashable(address provider) view returns(uint256)
func (bonds *Bonds) UnpackSlashable(data []byte) (*big.Int, error) {
	out, err := bonds.abi.Unpack("slashable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (bonds *Bonds) PackToken() []byte {
	enc, err := bonds.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (bonds *Bonds) TryPackToken() ([]byte, error) {
	return bonds.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (bonds *Bonds) UnpackToken(data []byte) (common.Address, error) {
	out, err := bonds.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27de9e32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbond(uint256 amount) returns(uint64 messageIndex)
func (bonds *Bonds) PackUnbond(amount *big.Int) []byte {
	enc, err := bonds.abi.Pack("unbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27de9e32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbond(uint256 amount) returns(uint64 messageIndex)
func (bonds *Bonds) TryPackUnbond(amount *big.Int) ([]byte, error) {
	return bonds.abi.Pack("unbond", amount)
}

// UnpackUnbond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27de9e32.
//
// Solidity: function unbond(uint256 amount) returns(uint64 messageIndex)
func (bonds *Bonds) UnpackUnbond(data []byte) (uint64, error) {
	out, err := bonds.abi.Unpack("unbond", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced4cd2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbonding(address ) view returns(uint256)
func (bonds *Bonds) PackUnbonding(arg0 common.Address) []byte {
	enc, err := bonds.abi.Pack("unbonding", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbonding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced4cd2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbonding(address ) view returns(uint256)
func (bonds *Bonds) TryPackUnbonding(arg0 common.Address) ([]byte, error) {
	return bonds.abi.Pack("unbonding", arg0)
}

// UnpackUnbonding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xced4cd2e.
//
// Solidity: function unbonding(address ) view returns(uint256)
func (bonds *Bonds) UnpackUnbonding(data []byte) (*big.Int, error) {
	out, err := bonds.abi.Unpack("unbonding", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// BondsBonded represents a Bonded event raised by the Bonds contract.
type BondsBonded struct {
	Provider     common.Address
	Amount       *big.Int
	Bond         *big.Int
	MessageIndex uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const BondsBondedEventName = "Bonded"

// ContractEventName returns the user-defined event name.
func (BondsBonded) ContractEventName() string {
	return BondsBondedEventName
}

// UnpackBondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bonded(address indexed provider, uint256 amount, uint256 bond, uint64 messageIndex)
func (bonds *Bonds) UnpackBondedEvent(log *types.Log) (*BondsBonded, error) {
	event := "Bonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bonds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BondsBonded)
	if len(log.Data) > 0 {
		if err := bonds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bonds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BondsReleased represents a Released event raised by the Bonds contract.
type BondsReleased struct {
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const BondsReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (BondsReleased) ContractEventName() string {
	return BondsReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed provider, uint256 amount)
func (bonds *Bonds) UnpackReleasedEvent(log *types.Log) (*BondsReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bonds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BondsReleased)
	if len(log.Data) > 0 {
		if err := bonds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bonds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BondsSlashed represents a Slashed event raised by the Bonds contract.
type BondsSlashed struct {
	Provider     common.Address
	Requested    *big.Int
	Taken        *big.Int
	Bond         *big.Int
	MessageIndex uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const BondsSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (BondsSlashed) ContractEventName() string {
	return BondsSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed provider, uint256 requested, uint256 taken, uint256 bond, uint64 messageIndex)
func (bonds *Bonds) UnpackSlashedEvent(log *types.Log) (*BondsSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bonds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BondsSlashed)
	if len(log.Data) > 0 {
		if err := bonds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bonds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BondsUnbonding represents a Unbonding event raised by the Bonds contract.
type BondsUnbonding struct {
	Provider     common.Address
	Amount       *big.Int
	Bond         *big.Int
	MessageIndex uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const BondsUnbondingEventName = "Unbonding"

// ContractEventName returns the user-defined event name.
func (BondsUnbonding) ContractEventName() string {
	return BondsUnbondingEventName
}

// UnpackUnbondingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unbonding(address indexed provider, uint256 amount, uint256 bond, uint64 messageIndex)
func (bonds *Bonds) UnpackUnbondingEvent(log *types.Log) (*BondsUnbonding, error) {
	event := "Unbonding"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bonds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BondsUnbonding)
	if len(log.Data) > 0 {
		if err := bonds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bonds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bonds *Bonds) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bonds.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return bonds.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bonds.abi.Errors["InsufficientBond"].ID.Bytes()[:4]) {
		return bonds.UnpackInsufficientBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], bonds.abi.Errors["NotDisputes"].ID.Bytes()[:4]) {
		return bonds.UnpackNotDisputesError(raw[4:])
	}
	if bytes.Equal(raw[:4], bonds.abi.Errors["NothingToRelease"].ID.Bytes()[:4]) {
		return bonds.UnpackNothingToReleaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bonds.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return bonds.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bonds.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return bonds.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bonds.abi.Errors["TooManyPendingReleases"].ID.Bytes()[:4]) {
		return bonds.UnpackTooManyPendingReleasesError(raw[4:])
	}
	if bytes.Equal(raw[:4], bonds.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return bonds.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], bonds.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return bonds.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BondsAmountTooLarge represents a AmountTooLarge error raised by the Bonds contract.
type BondsAmountTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge()
func BondsAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x06250401c072295744520da9e60a3a29ab28ceb9fda5d792222d5242d22e8a44")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge()
func (bonds *Bonds) UnpackAmountTooLargeError(raw []byte) (*BondsAmountTooLarge, error) {
	out := new(BondsAmountTooLarge)
	if err := bonds.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BondsInsufficientBond represents a InsufficientBond error raised by the Bonds contract.
type BondsInsufficientBond struct {
	Bond      *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBond(uint256 bond, uint256 requested)
func BondsInsufficientBondErrorID() common.Hash {
	return common.HexToHash("0x44d4caf750ea74407547ceb252d1c72d961f5025a7b3473fac9b354f227e0fd6")
}

// UnpackInsufficientBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBond(uint256 bond, uint256 requested)
func (bonds *Bonds) UnpackInsufficientBondError(raw []byte) (*BondsInsufficientBond, error) {
	out := new(BondsInsufficientBond)
	if err := bonds.abi.UnpackIntoInterface(out, "InsufficientBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BondsNotDisputes represents a NotDisputes error raised by the Bonds contract.
type BondsNotDisputes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputes()
func BondsNotDisputesErrorID() common.Hash {
	return common.HexToHash("0x4c30b8ca3436d5aebc00b27437c719e28e9e0d2edd1b8cdcfd1e8cb66cf25c5a")
}

// UnpackNotDisputesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputes()
func (bonds *Bonds) UnpackNotDisputesError(raw []byte) (*BondsNotDisputes, error) {
	out := new(BondsNotDisputes)
	if err := bonds.abi.UnpackIntoInterface(out, "NotDisputes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BondsNothingToRelease represents a NothingToRelease error raised by the Bonds contract.
type BondsNothingToRelease struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRelease()
func BondsNothingToReleaseErrorID() common.Hash {
	return common.HexToHash("0xb10205edeefd80e578af702ef797c047792d88233398f772fc8ced7f779c0719")
}

// UnpackNothingToReleaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRelease()
func (bonds *Bonds) UnpackNothingToReleaseError(raw []byte) (*BondsNothingToRelease, error) {
	out := new(BondsNothingToRelease)
	if err := bonds.abi.UnpackIntoInterface(out, "NothingToRelease", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BondsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Bonds contract.
type BondsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func BondsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (bonds *Bonds) UnpackReentrancyGuardReentrantCallError(raw []byte) (*BondsReentrancyGuardReentrantCall, error) {
	out := new(BondsReentrancyGuardReentrantCall)
	if err := bonds.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BondsSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Bonds contract.
type BondsSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func BondsSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (bonds *Bonds) UnpackSafeERC20FailedOperationError(raw []byte) (*BondsSafeERC20FailedOperation, error) {
	out := new(BondsSafeERC20FailedOperation)
	if err := bonds.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BondsTooManyPendingReleases represents a TooManyPendingReleases error raised by the Bonds contract.
type BondsTooManyPendingReleases struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyPendingReleases()
func BondsTooManyPendingReleasesErrorID() common.Hash {
	return common.HexToHash("0xd298b3e3d3e10e0ee6ed135a13e6b72750510478514a512b2b03561dc474d8fe")
}

// UnpackTooManyPendingReleasesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyPendingReleases()
func (bonds *Bonds) UnpackTooManyPendingReleasesError(raw []byte) (*BondsTooManyPendingReleases, error) {
	out := new(BondsTooManyPendingReleases)
	if err := bonds.abi.UnpackIntoInterface(out, "TooManyPendingReleases", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BondsZeroAddress represents a ZeroAddress error raised by the Bonds contract.
type BondsZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func BondsZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (bonds *Bonds) UnpackZeroAddressError(raw []byte) (*BondsZeroAddress, error) {
	out := new(BondsZeroAddress)
	if err := bonds.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BondsZeroAmount represents a ZeroAmount error raised by the Bonds contract.
type BondsZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func BondsZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (bonds *Bonds) UnpackZeroAmountError(raw []byte) (*BondsZeroAmount, error) {
	out := new(BondsZeroAmount)
	if err := bonds.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Class1Groth16VerifierMetaData contains all meta data concerning the Class1Groth16Verifier contract.
var Class1Groth16VerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Class1Groth16Verifier",
	Bin: "0x6080604052348015600e575f5ffd5b506114de8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a39146100435780636bf062b21461006c578063f2457c8d14610081575b5f5ffd5b610056610051366004611366565b610094565b60405161006391906113a5565b60405180910390f35b61007f61007a3660046113e5565b610150565b005b61007f61008f366004611436565b610417565b61009c6112c6565b61010082146100e95760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356100fa8282610731565b835250506060830135604084013560a0850135608086013561011e8484848461081e565b6020870152604086015260c0870135935060e087013592506101408484610731565b6060860152509295945050505050565b61010082146101985760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064016100e0565b5f5f6101a383610af7565b915091505f6040516101008782377f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008201527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208201527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408201527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608201527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808201527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08201527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08201527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08201527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008201527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da61022082015283610240820152826102608201527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808201527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08201527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08201527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08201526020816103008360085afa90511690508061040f57604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b61041f6112e4565b5f8061043185825b6020020135610d95565b90925090505f80808061044c60408a013560208b0135610e33565b929650909450925090505f806104638b6003610427565b915091505f5f6104728c610af7565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008e01527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208e01527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408e01527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608e01527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808e01527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08e01527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08e01527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08e01527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008e01527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da6102208e01526102408d018290526102608d018190527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808e01527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08e01527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08e01527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08e015290925090505f6106e6611303565b6020816103008f60085afa915081158061070257508051600114155b1561072057604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f51602061149e5f395f51905f528310158061075b57505f51602061149e5f395f51905f528210155b1561077957604051631ff3747d60e21b815260040160405180910390fd5b82158015610785575081155b1561079157505f610818565b5f6107cc5f51602061149e5f395f51905f5260035f51602061149e5f395f51905f52875f51602061149e5f395f51905f52898a090908611007565b90508083036107e1575050600182901b610818565b6107ea81611069565b83036107fd575050600182811b17610818565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f51602061149e5f395f51905f528610158061084957505f51602061149e5f395f51905f528510155b8061086157505f51602061149e5f395f51905f528410155b8061087957505f51602061149e5f395f51905f528310155b1561089757604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108ae57505f905080610aee565b5f80805f51602061149e5f395f51905f526108d760035f51602061149e5f395f51905f5261147e565b5f51602061149e5f395f51905f528a8c090990505f5f51602061149e5f395f51905f528a5f51602061149e5f395f51905f528c8d090990505f5f51602061149e5f395f51905f528a5f51602061149e5f395f51905f528c8d090990505f51602061149e5f395f51905f52805f51602061149e5f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50894506109c55f51602061149e5f395f51905f52805f51602061149e5f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611069565b93505050505f5f610a125f51602061149e5f395f51905f52806109ea576109ea61146a565b5f51602061149e5f395f51905f528586095f51602061149e5f395f51905f5287880908611007565b9050610a5d5f51602061149e5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f51602061149e5f395f51905f5284880809611081565b15915050610a6c8383836110c9565b90935091508683148015610a7f57508186145b15610aa75780610a8f575f610a92565b60025b60ff1660028a901b175f179450879350610aea565b610ab083611069565b87148015610ac55750610ac282611069565b86145b156107fd5780610ad5575f610ad8565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f0dd742fcca002ccf2516d7e06df78be8d3789041e76650ebc4f8368afd5b502683527f1179e1aee92af9c19b39877274bc222aff069adb6a4e2a5e1b76ba8633a94a8e60208401527f1dd65dc4a6822f311a414ba8332fdd4be3c6b259e68d15fcfeb230021e66415382527f2ecbc9bb8b5b2a4427602f43f02e5c2c1986ec5fb52e5e876c9375384b4296986020830152863590508060408301525f5160206114be5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f101ca0c6c6514fc13c0992f20220dc212b6dc5a5bb1bf691b3522d31e3ce546e82527f067166849ae96fd5996fca05ceb245903d29406ee0b5d93f96ef8176718d500e6020830152602087013590508060408301525f5160206114be5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1dc33eb572904766c36718fed68a1878325c520538bda464aeb1a2affd41550b82527f0638e86e2f161adaff9d842775bf6ae9fed42936bef56e1968378d6d097ed3a06020830152604087013590508060408301525f5160206114be5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1e221f2d00994e49a0aa05643c156e03d57002882400e31c115f11f4712edb2e82527f2aa55178c73b6af8525e24d0ec85de9cafc249acb90f99dd105e97e66bdeb3e26020830152606087013590508060408301525f5160206114be5f395f51905f528110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610d8f5760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610da857505f928392509050565b600183811c9250808416145f51602061149e5f395f51905f528310610de057604051631ff3747d60e21b815260040160405180910390fd5b610e1a5f51602061149e5f395f51905f5260035f51602061149e5f395f51905f52865f51602061149e5f395f51905f528889090908611007565b91508015610d8f57610e2b82611069565b915050915091565b5f80808085158015610e43575084155b15610e5857505f925082915081905080610ffe565b600286811c945085935060018088161490808816145f51602061149e5f395f51905f5286101580610e9657505f51602061149e5f395f51905f528510155b15610eb457604051631ff3747d60e21b815260040160405180910390fd5b5f5f51602061149e5f395f51905f52610edb60035f51602061149e5f395f51905f5261147e565b5f51602061149e5f395f51905f52888a090990505f5f51602061149e5f395f51905f52885f51602061149e5f395f51905f528a8b090990505f5f51602061149e5f395f51905f52885f51602061149e5f395f51905f528a8b090990505f51602061149e5f395f51905f52805f51602061149e5f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610fc95f51602061149e5f395f51905f52805f51602061149e5f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611069565b9550610fd68787866110c9565b90975095508415610ff857610fea87611069565b9650610ff586611069565b95505b50505050505b92959194509250565b5f611032827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611205565b9050815f51602061149e5f395f51905f528283091461106457604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f51602061149e5f395f51905f529081900681030690565b5f5f6110ad837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611205565b9050825f51602061149e5f395f51905f52828309149392505050565b5f80806110f85f51602061149e5f395f51905f52808788095f51602061149e5f395f51905f52898a0908611007565b9050831561110c5761110981611069565b90505b6111555f51602061149e5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f51602061149e5f395f51905f52848a0809611007565b92505f51602061149e5f395f51905f5261117f5f51602061149e5f395f51905f5260028609611268565b860991505f51602061149e5f395f51905f526111aa5f51602061149e5f395f51905f52848509611069565b5f51602061149e5f395f51905f5285860908861415806111de57505f51602061149e5f395f51905f52808385096002098514155b156111fc57604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f51602061149e5f395f51905f5260a082015260208160c08360055afa9051925090508061081657604051631ff3747d60e21b815260040160405180910390fd5b5f611293827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611205565b90505f51602061149e5f395f51905f5281830960011461106457604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f840112611331575f5ffd5b50813567ffffffffffffffff811115611348575f5ffd5b60208301915083602082850101111561135f575f5ffd5b9250929050565b5f5f60208385031215611377575f5ffd5b823567ffffffffffffffff81111561138d575f5ffd5b61139985828601611321565b90969095509350505050565b6080810181835f5b60048110156113cc5781518352602092830192909101906001016113ad565b50505092915050565b8060808101831015610818575f5ffd5b5f5f5f60a084860312156113f7575f5ffd5b833567ffffffffffffffff81111561140d575f5ffd5b61141986828701611321565b909450925061142d905085602086016113d5565b90509250925092565b5f5f6101008385031215611448575f5ffd5b61145284846113d5565b915061146184608085016113d5565b90509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561081857634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// Class1Groth16Verifier is an auto generated Go binding around an Ethereum contract.
type Class1Groth16Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Class1Groth16Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewClass1Groth16Verifier creates a new instance of Class1Groth16Verifier.
func NewClass1Groth16Verifier() *Class1Groth16Verifier {
	parsed, err := Class1Groth16VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Class1Groth16Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Class1Groth16Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (class1Groth16Verifier *Class1Groth16Verifier) PackCompressProof(proof []byte) []byte {
	enc, err := class1Groth16Verifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (class1Groth16Verifier *Class1Groth16Verifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return class1Groth16Verifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (class1Groth16Verifier *Class1Groth16Verifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := class1Groth16Verifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (class1Groth16Verifier *Class1Groth16Verifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := class1Groth16Verifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (class1Groth16Verifier *Class1Groth16Verifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return class1Groth16Verifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (class1Groth16Verifier *Class1Groth16Verifier) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := class1Groth16Verifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (class1Groth16Verifier *Class1Groth16Verifier) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return class1Groth16Verifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (class1Groth16Verifier *Class1Groth16Verifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], class1Groth16Verifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return class1Groth16Verifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], class1Groth16Verifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return class1Groth16Verifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Class1Groth16VerifierProofInvalid represents a ProofInvalid error raised by the Class1Groth16Verifier contract.
type Class1Groth16VerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func Class1Groth16VerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (class1Groth16Verifier *Class1Groth16Verifier) UnpackProofInvalidError(raw []byte) (*Class1Groth16VerifierProofInvalid, error) {
	out := new(Class1Groth16VerifierProofInvalid)
	if err := class1Groth16Verifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Class1Groth16VerifierPublicInputNotInField represents a PublicInputNotInField error raised by the Class1Groth16Verifier contract.
type Class1Groth16VerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func Class1Groth16VerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (class1Groth16Verifier *Class1Groth16Verifier) UnpackPublicInputNotInFieldError(raw []byte) (*Class1Groth16VerifierPublicInputNotInField, error) {
	out := new(Class1Groth16VerifierPublicInputNotInField)
	if err := class1Groth16Verifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Class2Groth16VerifierMetaData contains all meta data concerning the Class2Groth16Verifier contract.
var Class2Groth16VerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Class2Groth16Verifier",
	Bin: "0x6080604052348015600e575f5ffd5b506114de8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a39146100435780636bf062b21461006c578063f2457c8d14610081575b5f5ffd5b610056610051366004611366565b610094565b60405161006391906113a5565b60405180910390f35b61007f61007a3660046113e5565b610150565b005b61007f61008f366004611436565b610417565b61009c6112c6565b61010082146100e95760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356100fa8282610731565b835250506060830135604084013560a0850135608086013561011e8484848461081e565b6020870152604086015260c0870135935060e087013592506101408484610731565b6060860152509295945050505050565b61010082146101985760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064016100e0565b5f5f6101a383610af7565b915091505f6040516101008782377f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008201527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208201527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408201527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608201527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808201527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08201527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08201527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08201527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008201527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da61022082015283610240820152826102608201527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808201527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08201527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08201527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08201526020816103008360085afa90511690508061040f57604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b61041f6112e4565b5f8061043185825b6020020135610d95565b90925090505f80808061044c60408a013560208b0135610e33565b929650909450925090505f806104638b6003610427565b915091505f5f6104728c610af7565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008e01527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208e01527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408e01527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608e01527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808e01527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08e01527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08e01527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08e01527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008e01527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da6102208e01526102408d018290526102608d018190527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808e01527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08e01527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08e01527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08e015290925090505f6106e6611303565b6020816103008f60085afa915081158061070257508051600114155b1561072057604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f51602061149e5f395f51905f528310158061075b57505f51602061149e5f395f51905f528210155b1561077957604051631ff3747d60e21b815260040160405180910390fd5b82158015610785575081155b1561079157505f610818565b5f6107cc5f51602061149e5f395f51905f5260035f51602061149e5f395f51905f52875f51602061149e5f395f51905f52898a090908611007565b90508083036107e1575050600182901b610818565b6107ea81611069565b83036107fd575050600182811b17610818565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f51602061149e5f395f51905f528610158061084957505f51602061149e5f395f51905f528510155b8061086157505f51602061149e5f395f51905f528410155b8061087957505f51602061149e5f395f51905f528310155b1561089757604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108ae57505f905080610aee565b5f80805f51602061149e5f395f51905f526108d760035f51602061149e5f395f51905f5261147e565b5f51602061149e5f395f51905f528a8c090990505f5f51602061149e5f395f51905f528a5f51602061149e5f395f51905f528c8d090990505f5f51602061149e5f395f51905f528a5f51602061149e5f395f51905f528c8d090990505f51602061149e5f395f51905f52805f51602061149e5f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50894506109c55f51602061149e5f395f51905f52805f51602061149e5f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611069565b93505050505f5f610a125f51602061149e5f395f51905f52806109ea576109ea61146a565b5f51602061149e5f395f51905f528586095f51602061149e5f395f51905f5287880908611007565b9050610a5d5f51602061149e5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f51602061149e5f395f51905f5284880809611081565b15915050610a6c8383836110c9565b90935091508683148015610a7f57508186145b15610aa75780610a8f575f610a92565b60025b60ff1660028a901b175f179450879350610aea565b610ab083611069565b87148015610ac55750610ac282611069565b86145b156107fd5780610ad5575f610ad8565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f23e35d65267d0ceb54762b4990996524f5ccf422475ffc4482635cfc8b24f6dc83527f22b25a427576b431fc331da54d7397312c1f4e59540697dca3b8e152b06949e360208401527f1bd98a1fe4bb99ff3ef421dadfab12effaed760509332bc2f9c6470d83d329f382527f2e6ff104219148c7e73b146fc1a4ce42cfb4faad97f221b21632035aaaacefa96020830152863590508060408301525f5160206114be5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f154e2b5b73808a338861902c8f0e5d6ba60415e9ccfc2405979d7b5a01e44f6682527f0634431f29db08211d95e84300c973124b4f3193687f3c185c4eef0f9671b86f6020830152602087013590508060408301525f5160206114be5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f0b946ebd93d536b06e4c0b5d53e6a45c3f308262f82173e9f268e2e39d3b358f82527f027beccc6faffca7939a27dda9682cc7ec1056d0bca93190f2b92e28bb863c1d6020830152604087013590508060408301525f5160206114be5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f11556a6d6515746f80895e4e83f33d676d2225d27ac335c74c495a3729b6855782527f0a4339e6f0f6f5491af20db4dfe469669ef808f4fe63a46b3c7fe46fd8a568e46020830152606087013590508060408301525f5160206114be5f395f51905f528110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610d8f5760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610da857505f928392509050565b600183811c9250808416145f51602061149e5f395f51905f528310610de057604051631ff3747d60e21b815260040160405180910390fd5b610e1a5f51602061149e5f395f51905f5260035f51602061149e5f395f51905f52865f51602061149e5f395f51905f528889090908611007565b91508015610d8f57610e2b82611069565b915050915091565b5f80808085158015610e43575084155b15610e5857505f925082915081905080610ffe565b600286811c945085935060018088161490808816145f51602061149e5f395f51905f5286101580610e9657505f51602061149e5f395f51905f528510155b15610eb457604051631ff3747d60e21b815260040160405180910390fd5b5f5f51602061149e5f395f51905f52610edb60035f51602061149e5f395f51905f5261147e565b5f51602061149e5f395f51905f52888a090990505f5f51602061149e5f395f51905f52885f51602061149e5f395f51905f528a8b090990505f5f51602061149e5f395f51905f52885f51602061149e5f395f51905f528a8b090990505f51602061149e5f395f51905f52805f51602061149e5f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610fc95f51602061149e5f395f51905f52805f51602061149e5f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611069565b9550610fd68787866110c9565b90975095508415610ff857610fea87611069565b9650610ff586611069565b95505b50505050505b92959194509250565b5f611032827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611205565b9050815f51602061149e5f395f51905f528283091461106457604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f51602061149e5f395f51905f529081900681030690565b5f5f6110ad837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611205565b9050825f51602061149e5f395f51905f52828309149392505050565b5f80806110f85f51602061149e5f395f51905f52808788095f51602061149e5f395f51905f52898a0908611007565b9050831561110c5761110981611069565b90505b6111555f51602061149e5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f51602061149e5f395f51905f52848a0809611007565b92505f51602061149e5f395f51905f5261117f5f51602061149e5f395f51905f5260028609611268565b860991505f51602061149e5f395f51905f526111aa5f51602061149e5f395f51905f52848509611069565b5f51602061149e5f395f51905f5285860908861415806111de57505f51602061149e5f395f51905f52808385096002098514155b156111fc57604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f51602061149e5f395f51905f5260a082015260208160c08360055afa9051925090508061081657604051631ff3747d60e21b815260040160405180910390fd5b5f611293827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611205565b90505f51602061149e5f395f51905f5281830960011461106457604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f840112611331575f5ffd5b50813567ffffffffffffffff811115611348575f5ffd5b60208301915083602082850101111561135f575f5ffd5b9250929050565b5f5f60208385031215611377575f5ffd5b823567ffffffffffffffff81111561138d575f5ffd5b61139985828601611321565b90969095509350505050565b6080810181835f5b60048110156113cc5781518352602092830192909101906001016113ad565b50505092915050565b8060808101831015610818575f5ffd5b5f5f5f60a084860312156113f7575f5ffd5b833567ffffffffffffffff81111561140d575f5ffd5b61141986828701611321565b909450925061142d905085602086016113d5565b90509250925092565b5f5f6101008385031215611448575f5ffd5b61145284846113d5565b915061146184608085016113d5565b90509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561081857634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// Class2Groth16Verifier is an auto generated Go binding around an Ethereum contract.
type Class2Groth16Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Class2Groth16Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewClass2Groth16Verifier creates a new instance of Class2Groth16Verifier.
func NewClass2Groth16Verifier() *Class2Groth16Verifier {
	parsed, err := Class2Groth16VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Class2Groth16Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Class2Groth16Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (class2Groth16Verifier *Class2Groth16Verifier) PackCompressProof(proof []byte) []byte {
	enc, err := class2Groth16Verifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (class2Groth16Verifier *Class2Groth16Verifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return class2Groth16Verifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (class2Groth16Verifier *Class2Groth16Verifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := class2Groth16Verifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (class2Groth16Verifier *Class2Groth16Verifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := class2Groth16Verifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (class2Groth16Verifier *Class2Groth16Verifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return class2Groth16Verifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (class2Groth16Verifier *Class2Groth16Verifier) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := class2Groth16Verifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (class2Groth16Verifier *Class2Groth16Verifier) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return class2Groth16Verifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (class2Groth16Verifier *Class2Groth16Verifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], class2Groth16Verifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return class2Groth16Verifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], class2Groth16Verifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return class2Groth16Verifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Class2Groth16VerifierProofInvalid represents a ProofInvalid error raised by the Class2Groth16Verifier contract.
type Class2Groth16VerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func Class2Groth16VerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (class2Groth16Verifier *Class2Groth16Verifier) UnpackProofInvalidError(raw []byte) (*Class2Groth16VerifierProofInvalid, error) {
	out := new(Class2Groth16VerifierProofInvalid)
	if err := class2Groth16Verifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Class2Groth16VerifierPublicInputNotInField represents a PublicInputNotInField error raised by the Class2Groth16Verifier contract.
type Class2Groth16VerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func Class2Groth16VerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (class2Groth16Verifier *Class2Groth16Verifier) UnpackPublicInputNotInFieldError(raw []byte) (*Class2Groth16VerifierPublicInputNotInField, error) {
	out := new(Class2Groth16VerifierPublicInputNotInField)
	if err := class2Groth16Verifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Class3Groth16VerifierMetaData contains all meta data concerning the Class3Groth16Verifier contract.
var Class3Groth16VerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Class3Groth16Verifier",
	Bin: "0x6080604052348015600e575f5ffd5b506114de8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a39146100435780636bf062b21461006c578063f2457c8d14610081575b5f5ffd5b610056610051366004611366565b610094565b60405161006391906113a5565b60405180910390f35b61007f61007a3660046113e5565b610150565b005b61007f61008f366004611436565b610417565b61009c6112c6565b61010082146100e95760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356100fa8282610731565b835250506060830135604084013560a0850135608086013561011e8484848461081e565b6020870152604086015260c0870135935060e087013592506101408484610731565b6060860152509295945050505050565b61010082146101985760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064016100e0565b5f5f6101a383610af7565b915091505f6040516101008782377f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008201527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208201527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408201527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608201527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808201527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08201527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08201527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08201527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008201527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da61022082015283610240820152826102608201527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808201527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08201527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08201527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08201526020816103008360085afa90511690508061040f57604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b61041f6112e4565b5f8061043185825b6020020135610d95565b90925090505f80808061044c60408a013560208b0135610e33565b929650909450925090505f806104638b6003610427565b915091505f5f6104728c610af7565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008e01527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208e01527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408e01527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608e01527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808e01527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08e01527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08e01527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08e01527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008e01527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da6102208e01526102408d018290526102608d018190527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808e01527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08e01527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08e01527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08e015290925090505f6106e6611303565b6020816103008f60085afa915081158061070257508051600114155b1561072057604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f51602061149e5f395f51905f528310158061075b57505f51602061149e5f395f51905f528210155b1561077957604051631ff3747d60e21b815260040160405180910390fd5b82158015610785575081155b1561079157505f610818565b5f6107cc5f51602061149e5f395f51905f5260035f51602061149e5f395f51905f52875f51602061149e5f395f51905f52898a090908611007565b90508083036107e1575050600182901b610818565b6107ea81611069565b83036107fd575050600182811b17610818565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f51602061149e5f395f51905f528610158061084957505f51602061149e5f395f51905f528510155b8061086157505f51602061149e5f395f51905f528410155b8061087957505f51602061149e5f395f51905f528310155b1561089757604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108ae57505f905080610aee565b5f80805f51602061149e5f395f51905f526108d760035f51602061149e5f395f51905f5261147e565b5f51602061149e5f395f51905f528a8c090990505f5f51602061149e5f395f51905f528a5f51602061149e5f395f51905f528c8d090990505f5f51602061149e5f395f51905f528a5f51602061149e5f395f51905f528c8d090990505f51602061149e5f395f51905f52805f51602061149e5f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50894506109c55f51602061149e5f395f51905f52805f51602061149e5f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611069565b93505050505f5f610a125f51602061149e5f395f51905f52806109ea576109ea61146a565b5f51602061149e5f395f51905f528586095f51602061149e5f395f51905f5287880908611007565b9050610a5d5f51602061149e5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f51602061149e5f395f51905f5284880809611081565b15915050610a6c8383836110c9565b90935091508683148015610a7f57508186145b15610aa75780610a8f575f610a92565b60025b60ff1660028a901b175f179450879350610aea565b610ab083611069565b87148015610ac55750610ac282611069565b86145b156107fd5780610ad5575f610ad8565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f1aa1a36143d636f3c0b6a160f7f1dc02c620a083e43a818482005a3ef8c6ee1283527f1b07bd24403a15298895918b074c257a3cf7bb576d0df2c0721343b282ebf31e60208401527f0c2ff51cee842d7e5c96c0c73f87446a4850cb73f018af1dfaededb691ab7a7d82527f1031b3df297d904381d6a2af8e666a5e99b918ccf594ddd5e8ffed91fafa57606020830152863590508060408301525f5160206114be5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f104f4afd18b65385beb93b3c3e4c982d8ad7be1f34e19c9f7d86388f89ad05ad82527f10bd5213278688e52c7f469c592df89ba9a18068e5572328f8eade715766735b6020830152602087013590508060408301525f5160206114be5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f0e15eb442b4bb2fa805a8ae843684e5b72ad94dedeef32495b8f8da92de2617f82527f05630cab009ea1397fdd1d5aa4a9d17226137c1d4c7b27e90434d3298a7fc4646020830152604087013590508060408301525f5160206114be5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1d24a33828dbcca62d8c3b37e4a6a014f0c6cc2baa1e7edc863817384adf494882527f2665aac092be987ab3a7a914f3c0762ce3064408326821dfdd8644274ab655006020830152606087013590508060408301525f5160206114be5f395f51905f528110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610d8f5760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610da857505f928392509050565b600183811c9250808416145f51602061149e5f395f51905f528310610de057604051631ff3747d60e21b815260040160405180910390fd5b610e1a5f51602061149e5f395f51905f5260035f51602061149e5f395f51905f52865f51602061149e5f395f51905f528889090908611007565b91508015610d8f57610e2b82611069565b915050915091565b5f80808085158015610e43575084155b15610e5857505f925082915081905080610ffe565b600286811c945085935060018088161490808816145f51602061149e5f395f51905f5286101580610e9657505f51602061149e5f395f51905f528510155b15610eb457604051631ff3747d60e21b815260040160405180910390fd5b5f5f51602061149e5f395f51905f52610edb60035f51602061149e5f395f51905f5261147e565b5f51602061149e5f395f51905f52888a090990505f5f51602061149e5f395f51905f52885f51602061149e5f395f51905f528a8b090990505f5f51602061149e5f395f51905f52885f51602061149e5f395f51905f528a8b090990505f51602061149e5f395f51905f52805f51602061149e5f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610fc95f51602061149e5f395f51905f52805f51602061149e5f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611069565b9550610fd68787866110c9565b90975095508415610ff857610fea87611069565b9650610ff586611069565b95505b50505050505b92959194509250565b5f611032827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611205565b9050815f51602061149e5f395f51905f528283091461106457604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f51602061149e5f395f51905f529081900681030690565b5f5f6110ad837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611205565b9050825f51602061149e5f395f51905f52828309149392505050565b5f80806110f85f51602061149e5f395f51905f52808788095f51602061149e5f395f51905f52898a0908611007565b9050831561110c5761110981611069565b90505b6111555f51602061149e5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f51602061149e5f395f51905f52848a0809611007565b92505f51602061149e5f395f51905f5261117f5f51602061149e5f395f51905f5260028609611268565b860991505f51602061149e5f395f51905f526111aa5f51602061149e5f395f51905f52848509611069565b5f51602061149e5f395f51905f5285860908861415806111de57505f51602061149e5f395f51905f52808385096002098514155b156111fc57604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f51602061149e5f395f51905f5260a082015260208160c08360055afa9051925090508061081657604051631ff3747d60e21b815260040160405180910390fd5b5f611293827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611205565b90505f51602061149e5f395f51905f5281830960011461106457604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f840112611331575f5ffd5b50813567ffffffffffffffff811115611348575f5ffd5b60208301915083602082850101111561135f575f5ffd5b9250929050565b5f5f60208385031215611377575f5ffd5b823567ffffffffffffffff81111561138d575f5ffd5b61139985828601611321565b90969095509350505050565b6080810181835f5b60048110156113cc5781518352602092830192909101906001016113ad565b50505092915050565b8060808101831015610818575f5ffd5b5f5f5f60a084860312156113f7575f5ffd5b833567ffffffffffffffff81111561140d575f5ffd5b61141986828701611321565b909450925061142d905085602086016113d5565b90509250925092565b5f5f6101008385031215611448575f5ffd5b61145284846113d5565b915061146184608085016113d5565b90509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561081857634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// Class3Groth16Verifier is an auto generated Go binding around an Ethereum contract.
type Class3Groth16Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Class3Groth16Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewClass3Groth16Verifier creates a new instance of Class3Groth16Verifier.
func NewClass3Groth16Verifier() *Class3Groth16Verifier {
	parsed, err := Class3Groth16VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Class3Groth16Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Class3Groth16Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (class3Groth16Verifier *Class3Groth16Verifier) PackCompressProof(proof []byte) []byte {
	enc, err := class3Groth16Verifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (class3Groth16Verifier *Class3Groth16Verifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return class3Groth16Verifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (class3Groth16Verifier *Class3Groth16Verifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := class3Groth16Verifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (class3Groth16Verifier *Class3Groth16Verifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := class3Groth16Verifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (class3Groth16Verifier *Class3Groth16Verifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return class3Groth16Verifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (class3Groth16Verifier *Class3Groth16Verifier) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := class3Groth16Verifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (class3Groth16Verifier *Class3Groth16Verifier) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return class3Groth16Verifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (class3Groth16Verifier *Class3Groth16Verifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], class3Groth16Verifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return class3Groth16Verifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], class3Groth16Verifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return class3Groth16Verifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Class3Groth16VerifierProofInvalid represents a ProofInvalid error raised by the Class3Groth16Verifier contract.
type Class3Groth16VerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func Class3Groth16VerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (class3Groth16Verifier *Class3Groth16Verifier) UnpackProofInvalidError(raw []byte) (*Class3Groth16VerifierProofInvalid, error) {
	out := new(Class3Groth16VerifierProofInvalid)
	if err := class3Groth16Verifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Class3Groth16VerifierPublicInputNotInField represents a PublicInputNotInField error raised by the Class3Groth16Verifier contract.
type Class3Groth16VerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func Class3Groth16VerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (class3Groth16Verifier *Class3Groth16Verifier) UnpackPublicInputNotInFieldError(raw []byte) (*Class3Groth16VerifierPublicInputNotInField, error) {
	out := new(Class3Groth16VerifierPublicInputNotInField)
	if err := class3Groth16Verifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenMetaData contains all meta data concerning the ComputeToken contract.
var ComputeTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ComputeToken",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161171338038061171383398101604081905261002f9161030e565b6040518060400160405280600f81526020016e677075726f6c6c20636f6d7075746560881b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600f81526020016e677075726f6c6c20636f6d7075746560881b815250604051806040016040528060048152602001634750554360e01b81525081600390816100c691906103e2565b5060046100d382826103e2565b5050506100e58261020060201b60201c565b610120526100f281610200565b61014052815160208084019190912060e052815190820120610100524660a05261017e60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b03821615806101a557506001600160a01b038116155b156101c35760405163d92e233d60e01b815260040160405180910390fd5b6101cd5f83610246565b506101f87f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a682610246565b5050506104f8565b5f5f829050601f81511115610233578260405163305a27a960e01b815260040161022a91906104a0565b60405180910390fd5b805161023e826104d5565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff166102ea575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102a23390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ed565b505f5b92915050565b80516001600160a01b0381168114610309575f5ffd5b919050565b5f5f6040838503121561031f575f5ffd5b610328836102f3565b9150610336602084016102f3565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061036757607f821691505b60208210810361038557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103dd57828211156103dd57805f5260205f20601f840160051c60208510156103b657505f5b90810190601f840160051c035f5b818110156103d9575f838201556001016103c4565b5050505b505050565b81516001600160401b038111156103fb576103fb61033f565b61040f816104098454610353565b8461038b565b6020601f821160018114610441575f831561042a5750848201515b5f19600385901b1c1916600184901b178455610499565b5f84815260208120601f198516915b828110156104705787850151825560209485019460019092019101610450565b508482101561048d57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610385575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516111ca6105495f395f610a5e01525f610a3301525f61093901525f61091101525f61086c01525f61089601525f6108c001526111ca5ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806370a08231116100b4578063a217fddf11610079578063a217fddf1461029b578063a9059cbb146102a2578063d505accf146102b5578063d5391393146102c8578063d547741f146102ef578063dd62ed3e14610302575f5ffd5b806370a082311461022a5780637ecebe001461025257806384b0196e1461026557806391d148541461028057806395d89b4114610293575f5ffd5b8063248a9ca311610105578063248a9ca3146101b65780632f2ff15d146101d8578063313ce567146101ed5780633644e515146101fc57806336568abe1461020457806340c10f1914610217575f5ffd5b806301ffc9a71461014157806306fdde0314610169578063095ea7b31461017e57806318160ddd1461019157806323b872dd146101a3575b5f5ffd5b61015461014f366004610eef565b61033a565b60405190151581526020015b60405180910390f35b610171610370565b6040516101609190610f4b565b61015461018c366004610f78565b610400565b6002545b604051908152602001610160565b6101546101b1366004610fa0565b610417565b6101956101c4366004610fda565b5f9081526008602052604090206001015490565b6101eb6101e6366004610ff1565b61043a565b005b60405160128152602001610160565b610195610464565b6101eb610212366004610ff1565b610472565b6101eb610225366004610f78565b6104aa565b61019561023836600461101b565b6001600160a01b03165f9081526020819052604090205490565b61019561026036600461101b565b6104de565b61026d6104fb565b6040516101609796959493929190611034565b61015461028e366004610ff1565b61053d565b610171610567565b6101955f81565b6101546102b0366004610f78565b610576565b6101eb6102c33660046110ca565b610583565b6101957f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6101eb6102fd366004610ff1565b6106be565b610195610310366004611137565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b5f6001600160e01b03198216637965db0b60e01b148061036a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60606003805461037f9061115f565b80601f01602080910402602001604051908101604052809291908181526020018280546103ab9061115f565b80156103f65780601f106103cd576101008083540402835291602001916103f6565b820191905f5260205f20905b8154815290600101906020018083116103d957829003601f168201915b5050505050905090565b5f3361040d8185856106e2565b5060019392505050565b5f336104248582856106ef565b61042f858585610765565b506001949350505050565b5f82815260086020526040902060010154610454816107c2565b61045e83836107cf565b50505050565b5f61046d610860565b905090565b6001600160a01b038116331461049b5760405163334bd91960e11b815260040160405180910390fd5b6104a58282610989565b505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66104d4816107c2565b6104a583836109f4565b6001600160a01b0381165f9081526007602052604081205461036a565b5f6060805f5f5f606061050c610a2c565b610514610a57565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461037f9061115f565b5f3361040d818585610765565b834211156105ac5760405163313c898160e11b8152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886105f78c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61065182610a82565b90505f61066082878787610aae565b9050896001600160a01b0316816001600160a01b0316146106a7576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016105a3565b6106b28a8a8a6106e2565b50505050505050505050565b5f828152600860205260409020600101546106d8816107c2565b61045e8383610989565b6104a58383836001610ada565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561045e578181101561075757604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016105a3565b61045e84848484035f610ada565b6001600160a01b03831661078e57604051634b637e8f60e11b81525f60048201526024016105a3565b6001600160a01b0382166107b75760405163ec442f0560e01b81525f60048201526024016105a3565b6104a5838383610bac565b6107cc8133610cd2565b50565b5f6107da838361053d565b610859575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556108113390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161036a565b505f61036a565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156108b857507f000000000000000000000000000000000000000000000000000000000000000046145b156108e257507f000000000000000000000000000000000000000000000000000000000000000090565b61046d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f610994838361053d565b15610859575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161036a565b6001600160a01b038216610a1d5760405163ec442f0560e01b81525f60048201526024016105a3565b610a285f8383610bac565b5050565b606061046d7f0000000000000000000000000000000000000000000000000000000000000000610d0b565b606061046d7f0000000000000000000000000000000000000000000000000000000000000000610d0b565b5f61036a610a8e610860565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610abe88888888610d48565b925092509250610ace8282610e10565b50909695505050505050565b6001600160a01b038416610b035760405163e602df0560e01b81525f60048201526024016105a3565b6001600160a01b038316610b2c57604051634a1406b160e11b81525f60048201526024016105a3565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561045e57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610b9e91815260200190565b60405180910390a350505050565b6001600160a01b038316610bd6578060025f828254610bcb9190611197565b90915550610c469050565b6001600160a01b0383165f9081526020819052604090205481811015610c285760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016105a3565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610c6257600280548290039055610c80565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610cc591815260200190565b60405180910390a3505050565b610cdc828261053d565b610a285760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016105a3565b60605f610d1783610ec8565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610d8157505f91506003905082610e06565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610dd2573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610dfd57505f925060019150829050610e06565b92505f91508190505b9450945094915050565b5f826003811115610e2357610e236111b6565b03610e2c575050565b6001826003811115610e4057610e406111b6565b03610e5e5760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610e7257610e726111b6565b03610e935760405163fce698f760e01b8152600481018290526024016105a3565b6003826003811115610ea757610ea76111b6565b03610a28576040516335e2f38360e21b8152600481018290526024016105a3565b5f60ff8216601f81111561036a57604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215610eff575f5ffd5b81356001600160e01b031981168114610f16575f5ffd5b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f166020830184610f1d565b80356001600160a01b0381168114610f73575f5ffd5b919050565b5f5f60408385031215610f89575f5ffd5b610f9283610f5d565b946020939093013593505050565b5f5f5f60608486031215610fb2575f5ffd5b610fbb84610f5d565b9250610fc960208501610f5d565b929592945050506040919091013590565b5f60208284031215610fea575f5ffd5b5035919050565b5f5f60408385031215611002575f5ffd5b8235915061101260208401610f5d565b90509250929050565b5f6020828403121561102b575f5ffd5b610f1682610f5d565b60ff60f81b8816815260e060208201525f61105260e0830189610f1d565b82810360408401526110648189610f1d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156110b957835183526020938401939092019160010161109b565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a0312156110e0575f5ffd5b6110e988610f5d565b96506110f760208901610f5d565b95506040880135945060608801359350608088013560ff8116811461111a575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611148575f5ffd5b61115183610f5d565b915061101260208401610f5d565b600181811c9082168061117357607f821691505b60208210810361119157634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561036a57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffd",
}

// ComputeToken is an auto generated Go binding around an Ethereum contract.
type ComputeToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ComputeToken) GetABI() abi.ABI {
	return c.abi
}

// NewComputeToken creates a new instance of ComputeToken.
func NewComputeToken() *ComputeToken {
	parsed, err := ComputeTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ComputeToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ComputeToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address minter) returns()
func (computeToken *ComputeToken) PackConstructor(admin common.Address, minter common.Address) []byte {
	enc, err := computeToken.abi.Pack("", admin, minter)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (computeToken *ComputeToken) PackDEFAULTADMINROLE() []byte {
	enc, err := computeToken.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (computeToken *ComputeToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return computeToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (computeToken *ComputeToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := computeToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (computeToken *ComputeToken) PackDOMAINSEPARATOR() []byte {
	enc, err := computeToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (computeToken *ComputeToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return computeToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (computeToken *ComputeToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := computeToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (computeToken *ComputeToken) PackMINTERROLE() []byte {
	enc, err := computeToken.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (computeToken *ComputeToken) TryPackMINTERROLE() ([]byte, error) {
	return computeToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (computeToken *ComputeToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := computeToken.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (computeToken *ComputeToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := computeToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (computeToken *ComputeToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return computeToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (computeToken *ComputeToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := computeToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (computeToken *ComputeToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := computeToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (computeToken *ComputeToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return computeToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (computeToken *ComputeToken) UnpackApprove(data []byte) (bool, error) {
	out, err := computeToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (computeToken *ComputeToken) PackBalanceOf(account common.Address) []byte {
	enc, err := computeToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (computeToken *ComputeToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return computeToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (computeToken *ComputeToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := computeToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (computeToken *ComputeToken) PackDecimals() []byte {
	enc, err := computeToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (computeToken *ComputeToken) TryPackDecimals() ([]byte, error) {
	return computeToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (computeToken *ComputeToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := computeToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (computeToken *ComputeToken) PackEip712Domain() []byte {
	enc, err := computeToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (computeToken *ComputeToken) TryPackEip712Domain() ([]byte, error) {
	return computeToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (computeToken *ComputeToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := computeToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (computeToken *ComputeToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := computeToken.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (computeToken *ComputeToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return computeToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (computeToken *ComputeToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := computeToken.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (computeToken *ComputeToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := computeToken.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (computeToken *ComputeToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return computeToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (computeToken *ComputeToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := computeToken.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (computeToken *ComputeToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return computeToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (computeToken *ComputeToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := computeToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (computeToken *ComputeToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := computeToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (computeToken *ComputeToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return computeToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (computeToken *ComputeToken) PackName() []byte {
	enc, err := computeToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (computeToken *ComputeToken) TryPackName() ([]byte, error) {
	return computeToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (computeToken *ComputeToken) UnpackName(data []byte) (string, error) {
	out, err := computeToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (computeToken *ComputeToken) PackNonces(owner common.Address) []byte {
	enc, err := computeToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (computeToken *ComputeToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return computeToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (computeToken *ComputeToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := computeToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (computeToken *ComputeToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := computeToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (computeToken *ComputeToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return computeToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (computeToken *ComputeToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := computeToken.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (computeToken *ComputeToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return computeToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (computeToken *ComputeToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := computeToken.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (computeToken *ComputeToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return computeToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (computeToken *ComputeToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := computeToken.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (computeToken *ComputeToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return computeToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (computeToken *ComputeToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := computeToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (computeToken *ComputeToken) PackSymbol() []byte {
	enc, err := computeToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (computeToken *ComputeToken) TryPackSymbol() ([]byte, error) {
	return computeToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (computeToken *ComputeToken) UnpackSymbol(data []byte) (string, error) {
	out, err := computeToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (computeToken *ComputeToken) PackTotalSupply() []byte {
	enc, err := computeToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (computeToken *ComputeToken) TryPackTotalSupply() ([]byte, error) {
	return computeToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (computeToken *ComputeToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := computeToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (computeToken *ComputeToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := computeToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (computeToken *ComputeToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return computeToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (computeToken *ComputeToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := computeToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (computeToken *ComputeToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := computeToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (computeToken *ComputeToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return computeToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (computeToken *ComputeToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := computeToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ComputeTokenApproval represents a Approval event raised by the ComputeToken contract.
type ComputeTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ComputeTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ComputeTokenApproval) ContractEventName() string {
	return ComputeTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (computeToken *ComputeToken) UnpackApprovalEvent(log *types.Log) (*ComputeTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != computeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ComputeTokenApproval)
	if len(log.Data) > 0 {
		if err := computeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range computeToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ComputeTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the ComputeToken contract.
type ComputeTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ComputeTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ComputeTokenEIP712DomainChanged) ContractEventName() string {
	return ComputeTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (computeToken *ComputeToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*ComputeTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != computeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ComputeTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := computeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range computeToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ComputeTokenRoleAdminChanged represents a RoleAdminChanged event raised by the ComputeToken contract.
type ComputeTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ComputeTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ComputeTokenRoleAdminChanged) ContractEventName() string {
	return ComputeTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (computeToken *ComputeToken) UnpackRoleAdminChangedEvent(log *types.Log) (*ComputeTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != computeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ComputeTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := computeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range computeToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ComputeTokenRoleGranted represents a RoleGranted event raised by the ComputeToken contract.
type ComputeTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ComputeTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ComputeTokenRoleGranted) ContractEventName() string {
	return ComputeTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (computeToken *ComputeToken) UnpackRoleGrantedEvent(log *types.Log) (*ComputeTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != computeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ComputeTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := computeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range computeToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ComputeTokenRoleRevoked represents a RoleRevoked event raised by the ComputeToken contract.
type ComputeTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ComputeTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ComputeTokenRoleRevoked) ContractEventName() string {
	return ComputeTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (computeToken *ComputeToken) UnpackRoleRevokedEvent(log *types.Log) (*ComputeTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != computeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ComputeTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := computeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range computeToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ComputeTokenTransfer represents a Transfer event raised by the ComputeToken contract.
type ComputeTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ComputeTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ComputeTokenTransfer) ContractEventName() string {
	return ComputeTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (computeToken *ComputeToken) UnpackTransferEvent(log *types.Log) (*ComputeTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != computeToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ComputeTokenTransfer)
	if len(log.Data) > 0 {
		if err := computeToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range computeToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (computeToken *ComputeToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], computeToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return computeToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return computeToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return computeToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return computeToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return computeToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return computeToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return computeToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return computeToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return computeToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return computeToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return computeToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return computeToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return computeToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return computeToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return computeToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return computeToken.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeToken.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return computeToken.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ComputeTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ComputeToken contract.
type ComputeTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ComputeTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (computeToken *ComputeToken) UnpackAccessControlBadConfirmationError(raw []byte) (*ComputeTokenAccessControlBadConfirmation, error) {
	out := new(ComputeTokenAccessControlBadConfirmation)
	if err := computeToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ComputeToken contract.
type ComputeTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ComputeTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (computeToken *ComputeToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ComputeTokenAccessControlUnauthorizedAccount, error) {
	out := new(ComputeTokenAccessControlUnauthorizedAccount)
	if err := computeToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the ComputeToken contract.
type ComputeTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func ComputeTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (computeToken *ComputeToken) UnpackECDSAInvalidSignatureError(raw []byte) (*ComputeTokenECDSAInvalidSignature, error) {
	out := new(ComputeTokenECDSAInvalidSignature)
	if err := computeToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the ComputeToken contract.
type ComputeTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func ComputeTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (computeToken *ComputeToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*ComputeTokenECDSAInvalidSignatureLength, error) {
	out := new(ComputeTokenECDSAInvalidSignatureLength)
	if err := computeToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the ComputeToken contract.
type ComputeTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func ComputeTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (computeToken *ComputeToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*ComputeTokenECDSAInvalidSignatureS, error) {
	out := new(ComputeTokenECDSAInvalidSignatureS)
	if err := computeToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ComputeToken contract.
type ComputeTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ComputeTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (computeToken *ComputeToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ComputeTokenERC20InsufficientAllowance, error) {
	out := new(ComputeTokenERC20InsufficientAllowance)
	if err := computeToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ComputeToken contract.
type ComputeTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ComputeTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (computeToken *ComputeToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ComputeTokenERC20InsufficientBalance, error) {
	out := new(ComputeTokenERC20InsufficientBalance)
	if err := computeToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ComputeToken contract.
type ComputeTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ComputeTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (computeToken *ComputeToken) UnpackERC20InvalidApproverError(raw []byte) (*ComputeTokenERC20InvalidApprover, error) {
	out := new(ComputeTokenERC20InvalidApprover)
	if err := computeToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ComputeToken contract.
type ComputeTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ComputeTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (computeToken *ComputeToken) UnpackERC20InvalidReceiverError(raw []byte) (*ComputeTokenERC20InvalidReceiver, error) {
	out := new(ComputeTokenERC20InvalidReceiver)
	if err := computeToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ComputeToken contract.
type ComputeTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ComputeTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (computeToken *ComputeToken) UnpackERC20InvalidSenderError(raw []byte) (*ComputeTokenERC20InvalidSender, error) {
	out := new(ComputeTokenERC20InvalidSender)
	if err := computeToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ComputeToken contract.
type ComputeTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ComputeTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (computeToken *ComputeToken) UnpackERC20InvalidSpenderError(raw []byte) (*ComputeTokenERC20InvalidSpender, error) {
	out := new(ComputeTokenERC20InvalidSpender)
	if err := computeToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the ComputeToken contract.
type ComputeTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func ComputeTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (computeToken *ComputeToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*ComputeTokenERC2612ExpiredSignature, error) {
	out := new(ComputeTokenERC2612ExpiredSignature)
	if err := computeToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the ComputeToken contract.
type ComputeTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func ComputeTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (computeToken *ComputeToken) UnpackERC2612InvalidSignerError(raw []byte) (*ComputeTokenERC2612InvalidSigner, error) {
	out := new(ComputeTokenERC2612InvalidSigner)
	if err := computeToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the ComputeToken contract.
type ComputeTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func ComputeTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (computeToken *ComputeToken) UnpackInvalidAccountNonceError(raw []byte) (*ComputeTokenInvalidAccountNonce, error) {
	out := new(ComputeTokenInvalidAccountNonce)
	if err := computeToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenInvalidShortString represents a InvalidShortString error raised by the ComputeToken contract.
type ComputeTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func ComputeTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (computeToken *ComputeToken) UnpackInvalidShortStringError(raw []byte) (*ComputeTokenInvalidShortString, error) {
	out := new(ComputeTokenInvalidShortString)
	if err := computeToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenStringTooLong represents a StringTooLong error raised by the ComputeToken contract.
type ComputeTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func ComputeTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (computeToken *ComputeToken) UnpackStringTooLongError(raw []byte) (*ComputeTokenStringTooLong, error) {
	out := new(ComputeTokenStringTooLong)
	if err := computeToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeTokenZeroAddress represents a ZeroAddress error raised by the ComputeToken contract.
type ComputeTokenZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ComputeTokenZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (computeToken *ComputeToken) UnpackZeroAddressError(raw []byte) (*ComputeTokenZeroAddress, error) {
	out := new(ComputeTokenZeroAddress)
	if err := computeToken.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesMetaData contains all meta data concerning the Disputes contract.
var DisputesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractRollup\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"contractBonds\",\"name\":\"bonds_\",\"type\":\"address\"},{\"internalType\":\"contractIStepVerifier[3]\",\"name\":\"verifiers\",\"type\":\"address[3]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"BatchNotPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSignedByProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReceiptIdMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReceiptNotInBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"}],\"name\":\"RevealPeriodOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitBlock\",\"type\":\"uint256\"}],\"name\":\"RevealTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"classId\",\"type\":\"uint8\"}],\"name\":\"UnknownStepClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"ChallengeCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"challengerShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"compensation\",\"type\":\"uint256\"}],\"name\":\"ReceiptSlashed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FIELD_MODULUS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LAYERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OUTPUT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ROWS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NUM_CLASSES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bonds\",\"outputs\":[{\"internalType\":\"contractBonds\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"}],\"internalType\":\"structL1Codec.ReceiptLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gpuMillis\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structL1Codec.ReceiptAuth\",\"name\":\"auth\",\"type\":\"tuple\"}],\"name\":\"checkProviderSignature\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"commitBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"name\":\"commitChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"row\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"output\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"classId\",\"type\":\"uint8\"}],\"internalType\":\"structDisputes.Step\",\"name\":\"step\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"name\":\"commitmentKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"classId\",\"type\":\"uint8\"}],\"name\":\"maxInputWidth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"}],\"internalType\":\"structL1Codec.ReceiptLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"row\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"output\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"classId\",\"type\":\"uint8\"}],\"internalType\":\"structDisputes.Step\",\"name\":\"step\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"}],\"internalType\":\"structL1Codec.ReceiptLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"inclusionProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"row\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"output\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"classId\",\"type\":\"uint8\"}],\"internalType\":\"structDisputes.Step\",\"name\":\"step\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gpuMillis\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structL1Codec.ReceiptAuth\",\"name\":\"auth\",\"type\":\"tuple\"}],\"name\":\"revealChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"slashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"classId\",\"type\":\"uint8\"}],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Disputes",
	Bin: "0x610140604052348015610010575f5ffd5b50604051611e65380380611e6583398101604081905261002f9161019e565b6001600160a01b038316158061004c57506001600160a01b038216155b1561006a5760405163d92e233d60e01b815260040160405180910390fd5b5f5b60038110156100bc575f82826003811061008857610088610244565b60200201516001600160a01b0316036100b45760405163d92e233d60e01b815260040160405180910390fd5b60010161006c565b506001600160a01b03808416608081905290831660a05260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa15801561010c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101309190610258565b6001600160a01b0390811660c0528151811660e052602082015181166101005260409091015116610120525061027a9050565b6001600160a01b0381168114610177575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b805161019981610163565b919050565b5f5f5f60a084860312156101b0575f5ffd5b83516101bb81610163565b60208501519093506101cc81610163565b9150605f840185136101dc575f5ffd5b604051606081016001600160401b03811182821017156101fe576101fe61017a565b6040528060a0860187811115610212575f5ffd5b604087015b81811015610236576102288161018e565b835260209283019201610217565b505050809150509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610268575f5ffd5b815161027381610163565b9392505050565b60805160a05160c05160e0516101005161012051611b7a6102eb5f395f6108e401525f6108b201525f61088001525f6102d701525f818161011a0152610dbd01525f81816102750152818161077a01528181610a1401528181610be801528181610e190152610f8b0152611b7a5ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c806397d63b201161009e578063ddc1585f1161006e578063ddc1585f14610297578063e67953ea146102a1578063ef43a536146102ac578063f26d5614146102bf578063fc0c546a146102d2575f5ffd5b806397d63b2014610241578063c5c7d0be14610254578063c829b0e314610267578063cb23bcb514610270575f5ffd5b80635ab35581116100e45780635ab35581146101a357806361b143df146101bd57806374f6c562146101ef5780637bc6526d1461020e5780637d2cec341461022e575f5ffd5b8063135c404e14610115578063281dbac014610159578063301796151461016e5780634f76a98e1461018f575b5f5ffd5b61013c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61016c6101673660046115ea565b6102f9565b005b61018161017c366004611701565b610415565b604051908152602001610150565b6101815f516020611b5a5f395f51905f5281565b6101ab600381565b60405160ff9091168152602001610150565b6101df6101cb366004611744565b60016020525f908152604090205460ff1681565b6040519015158152602001610150565b6101816101fd366004611744565b5f6020819052908152604090205481565b61022161021c36600461175b565b61046b565b60405161015091906117c8565b61016c61023c3660046117d6565b6106a5565b61013c61024f36600461180b565b610871565b61018161026236600461180b565b61092b565b61018161010081565b61013c7f000000000000000000000000000000000000000000000000000000000000000081565b6101816201000081565b610181630100000081565b6101816102ba36600461182b565b610968565b61016c6102cd36600461186d565b6109e3565b61013c7f000000000000000000000000000000000000000000000000000000000000000081565b610301610b7c565b5f6103118b8b8b8b8b8b8b610bb3565b905061031d89836106a5565b5f6103298a883361046b565b905061033e61024f6080890160608a0161180b565b6001600160a01b031663ddceae178686846040518463ffffffff1660e01b815260040161036d9392919061189f565b602060405180830381865afa158015610388573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ac91906118e4565b6103c9576040516309bde33960e01b815260040160405180910390fd5b6020808b01355f90815260018083526040808320805460ff191690921790915584825291819052908120556103ff8c8c8c610db1565b505061040961107f565b50505050505050505050565b604080516001600160401b03861660208201529081018490526001600160a01b0383166060820152608081018290525f9060a0015b6040516020818303038152906040528051906020012090505b949350505050565b61047361153a565b5f61048460e0860160c08701611910565b63ffffffff1690505f61049e610100870160e08801611910565b63ffffffff1690508115806104b65750630100000082115b806104bf575080155b806104cb575061010081115b156104e95760405163b3d246f360e01b815260040160405180910390fd5b816104f76020870187611910565b63ffffffff1610158061051d57506105156040860160208701611910565b63ffffffff16155b8061053c5750806105346040870160208801611910565b63ffffffff16115b8061055f5750620100006105566060870160408801611910565b63ffffffff1610155b1561057d5760405163b3d246f360e01b815260040160405180910390fd5b608086013580845260a0870135602085015261010087013560408501525f516020611b5a5f395f51905f521115806105c6575060208301515f516020611b5a5f395f51905f5211155b806105e2575060408301515f516020611b5a5f395f51905f5211155b156105ff5760405162b7f39d60e81b815260040160405180910390fd5b60d861060c600184611951565b901b60d061061b600184611951565b901b60c061062f6060890160408a01611910565b63ffffffff16901b60b8600161064b60408b0160208c01611910565b6106559190611964565b63ffffffff16901b60a061066c60208b018b611910565b63ffffffff16901b886001600160a01b031617171717178360036004811061069657610696611929565b60200201525090949350505050565b5f61074c82356106bb6060860160408701611980565b608086013560a08701356106d560e0890160c08a01611910565b6106e66101008a0160e08b01611910565b604080516020808201989098526001600160a01b0396909616868201526060860194909452608085019290925263ffffffff90811660a08501521660c08301526101008088013560e0808501919091528251808503909101815292019052805191012090565b90508260200135811461077257604051630e6d835960e41b815260040160405180910390fd5b5f61079e84847f00000000000000000000000000000000000000000000000000000000000000006110a9565b905060016107b260a085016080860161180b565b60ff1611156107d457604051631ea7371560e31b815260040160405180910390fd5b5f80610804836107ea60a088016080890161180b565b6107f590601b611999565b8760a001358860c001356111a4565b5090925090505f81600381111561081d5761081d6119b2565b14158061084b57506108356060870160408801611980565b6001600160a01b0316826001600160a01b031614155b1561086957604051631ea7371560e31b815260040160405180910390fd5b505050505050565b5f8160ff166001036108a457507f0000000000000000000000000000000000000000000000000000000000000000919050565b8160ff166002036108d657507f0000000000000000000000000000000000000000000000000000000000000000919050565b8160ff1660030361090857507f0000000000000000000000000000000000000000000000000000000000000000919050565b604051636e7d6a1f60e01b815260ff831660048201526024015b60405180910390fd5b5f8160ff166001036109405750610100919050565b8160ff166002036109545750610400919050565b8160ff166003036109085750611000919050565b5f846109776020860186611910565b63ffffffff1661098d6040870160208801611910565b63ffffffff166109a36060880160408901611910565b604080516020810195909552840192909252606083015263ffffffff1660808201526001600160a01b03841660a082015260c0810183905260e00161044a565b604051633573b2bb60e11b81526001600160401b0384166004820152602481018390525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636ae7657690604401608060405180830381865afa158015610a59573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a7d91906119c6565b50925050915081610ab35760405163204e182760e11b81526001600160401b038616600482015260248101859052604401610922565b806001600160401b03164210610ae7576040516305bd3a4960e51b81526001600160401b0382166004820152602401610922565b5f610af486863387610415565b5f8181526020819052604090205490915015610b23576040516317fd8aab60e31b815260040160405180910390fd5b5f81815260208181526040918290204390559051858152339187916001600160401b038a16917fba8655f88bd5966329fa52b20a67ee479fc3de7248258f8153c1e848a6699ae7910160405180910390a4505050505050565b610b8461126c565b610bb160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906112ac565b565b604051633573b2bb60e11b81526001600160401b0388166004820152602481018790525f908190819081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636ae7657690604401608060405180830381865afa158015610c2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c5191906119c6565b9350509250925082610c885760405163204e182760e11b81526001600160401b038c166004820152602481018b9052604401610922565b806001600160401b03164210610cbc5760405163c005755360e01b81526001600160401b0382166004820152602401610922565b610cd28b8b3361017c8d602001358b338c610968565b5f81815260208190526040812054919550819003610d0357604051635b07c98960e01b815260040160405180910390fd5b438110610d265760405163ee66961960e01b815260048101829052602401610922565b6020808b01355f9081526001909152604090205460ff1615610d61576040516316e5043d60e01b815260208b01356004820152602401610922565b610d85898985610d808e803603810190610d7b9190611a4a565b6112b3565b61138d565b610da257604051630b343e1b60e01b815260040160405180910390fd5b50505050979650505050505050565b5f806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016634be9fd9f610df26060860160408701611980565b6040516301bce1af60e21b8152600660048201526101208701359033906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906306f386bc90602401602060405180830381865afa158015610e5e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e829190611aea565b6040516001600160e01b031960e087901b1681526001600160a01b039485166004820152602481019390935292166044820152606481019190915260840160408051808303815f875af1158015610edb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610eff9190611b01565b90925090505f610f0f8284611951565b9050336001600160401b03871660208601357f31ce730ebe5b78d8dc7440d6a4aba6df2e4bb2a39caae136635217db0a6f7744610f526060890160408a01611980565b604080516001600160a01b0390921682526020820189905281018790526060810186905260800160405180910390a46001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166329eaddc760208601358888610fc760608a0160408b01611980565b610fd760808b0160608c01611980565b6040516001600160e01b031960e088901b16815260048101959095526001600160401b03909316602485015260448401919091526001600160a01b03908116606484015216608482015261012087013560a482015260c4810184905260e4016020604051808303815f875af1158015611052573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110769190611b23565b50505050505050565b610bb15f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610bab565b5f61115d82604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f614e7902c578559c686d80aa64b2e370386d23d54a57eedd33e306bec3955b33918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b03821660a08201525f9060c001604051602081830303815290604052805190602001209050919050565b61116785856113a4565b60405161190160f01b6020820152602281019290925260428201526062016040516020818303038152906040528051906020012090509392505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156111dd57505f91506003905082611262565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561122e573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661125957505f925060019150829050611262565b92505f91508190505b9450945094915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610bb157604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f5f825f015183602001518460400151856060015186608001518760a001518860c001518960e001518a61010001518b61012001516040516020016113569a99989796959493929190998a5260208a01989098526001600160a01b0396871660408a0152949095166060880152608087019290925260a086015263ffffffff90811660c08601529190911660e08401526101008301526101208201526101400190565b60408051808303601f1901815282825280516020918201208184015281518084038201815292820190915281519101209392505050565b5f8261139a8686856114ca565b1495945050505050565b5f7f34f956fb1fdddd468a96d5012586591aa978a7348bc0da34d8ce8aec0c51dfbb6113d66040840160208501611b3e565b604084013584356113ed6080880160608901611980565b608088013560a089013561140760e08b0160c08c01611910565b6114186101008c0160e08d01611910565b6101008c01356101208d013561143460808e0160608f01611b3e565b60408051602081019d909d526001600160401b039b8c16908d015260608c019990995260808b01979097526001600160a01b0390951660a08a015260c089019390935260e088019190915263ffffffff90811661010088015216610120860152610140850152610160840152166101808201526101a0016040516020818303038152906040528051906020012090505b92915050565b5f81815b84811015611502576114f8828787848181106114ec576114ec611929565b9050602002013561150b565b91506001016114ce565b50949350505050565b5f818310611525575f828152602084905260409020611533565b5f8381526020839052604090205b9392505050565b60405180608001604052806004906020820280368337509192915050565b6001600160401b038116811461156c575f5ffd5b50565b5f6101408284031215611580575f5ffd5b50919050565b5f60808284031215611580575f5ffd5b5f5f83601f8401126115a6575f5ffd5b5081356001600160401b038111156115bc575f5ffd5b6020830191508360208285010111156115d3575f5ffd5b9250929050565b5f60e08284031215611580575f5ffd5b5f5f5f5f5f5f5f5f5f5f6103408b8d031215611604575f5ffd5b8a3561160f81611558565b995060208b013598506116258c60408d0161156f565b97506101808b01356001600160401b03811115611640575f5ffd5b8b01601f81018d13611650575f5ffd5b80356001600160401b03811115611665575f5ffd5b8d60208260051b8401011115611679575f5ffd5b602091909101975095506116918c6101a08d01611586565b94506102208b013593506102408b01356001600160401b038111156116b4575f5ffd5b6116c08d828e01611596565b90945092506116d590508c6102608d016115da565b90509295989b9194979a5092959850565b80356001600160a01b03811681146116fc575f5ffd5b919050565b5f5f5f5f60808587031215611714575f5ffd5b843561171f81611558565b935060208501359250611734604086016116e6565b9396929550929360600135925050565b5f60208284031215611754575f5ffd5b5035919050565b5f5f5f6101e0848603121561176e575f5ffd5b611778858561156f565b9250611788856101408601611586565b91506117976101c085016116e6565b90509250925092565b805f5b60048110156117c25781518452602093840193909101906001016117a3565b50505050565b608081016114c482846117a0565b5f5f61022083850312156117e8575f5ffd5b6117f2848461156f565b91506118028461014085016115da565b90509250929050565b5f6020828403121561181b575f5ffd5b813560ff81168114611533575f5ffd5b5f5f5f5f60e0858703121561183e575f5ffd5b8435935061184f8660208701611586565b925061185d60a086016116e6565b9396929550929360c00135925050565b5f5f5f6060848603121561187f575f5ffd5b833561188a81611558565b95602085013595506040909401359392505050565b60a081528260a0820152828460c08301375f60c084830101525f60c0601f19601f860116830101905061046360208301846117a0565b805180151581146116fc575f5ffd5b5f602082840312156118f4575f5ffd5b611533826118d5565b803563ffffffff811681146116fc575f5ffd5b5f60208284031215611920575f5ffd5b611533826118fd565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156114c4576114c461193d565b63ffffffff82811682821603908111156114c4576114c461193d565b5f60208284031215611990575f5ffd5b611533826116e6565b60ff81811683821601908111156114c4576114c461193d565b634e487b7160e01b5f52602160045260245ffd5b5f5f5f5f608085870312156119d9575f5ffd5b6119e2856118d5565b93506020850151925060408501516119f981611558565b6060860151909250611a0a81611558565b939692955090935050565b60405161014081016001600160401b0381118282101715611a4457634e487b7160e01b5f52604160045260245ffd5b60405290565b5f610140828403128015611a5c575f5ffd5b50611a65611a15565b8235815260208084013590820152611a7f604084016116e6565b6040820152611a90606084016116e6565b60608201526080838101359082015260a08084013590820152611ab560c084016118fd565b60c0820152611ac660e084016118fd565b60e08201526101008381013590820152610120928301359281019290925250919050565b5f60208284031215611afa575f5ffd5b5051919050565b5f5f60408385031215611b12575f5ffd5b505080516020909101519092909150565b5f60208284031215611b33575f5ffd5b815161153381611558565b5f60208284031215611b4e575f5ffd5b81356115338161155856fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// Disputes is an auto generated Go binding around an Ethereum contract.
type Disputes struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Disputes) GetABI() abi.ABI {
	return c.abi
}

// NewDisputes creates a new instance of Disputes.
func NewDisputes() *Disputes {
	parsed, err := DisputesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Disputes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Disputes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_, address bonds_, address[3] verifiers) returns()
func (disputes *Disputes) PackConstructor(rollup_ common.Address, bonds_ common.Address, verifiers [3]common.Address) []byte {
	enc, err := disputes.abi.Pack("", rollup_, bonds_, verifiers)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackFIELDMODULUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f76a98e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FIELD_MODULUS() view returns(uint256)
func (disputes *Disputes) PackFIELDMODULUS() []byte {
	enc, err := disputes.abi.Pack("FIELD_MODULUS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFIELDMODULUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f76a98e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FIELD_MODULUS() view returns(uint256)
func (disputes *Disputes) TryPackFIELDMODULUS() ([]byte, error) {
	return disputes.abi.Pack("FIELD_MODULUS")
}

// UnpackFIELDMODULUS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f76a98e.
//
// Solidity: function FIELD_MODULUS() view returns(uint256)
func (disputes *Disputes) UnpackFIELDMODULUS(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("FIELD_MODULUS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXLAYERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc829b0e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LAYERS() view returns(uint256)
func (disputes *Disputes) PackMAXLAYERS() []byte {
	enc, err := disputes.abi.Pack("MAX_LAYERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLAYERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc829b0e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LAYERS() view returns(uint256)
func (disputes *Disputes) TryPackMAXLAYERS() ([]byte, error) {
	return disputes.abi.Pack("MAX_LAYERS")
}

// UnpackMAXLAYERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc829b0e3.
//
// Solidity: function MAX_LAYERS() view returns(uint256)
func (disputes *Disputes) UnpackMAXLAYERS(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("MAX_LAYERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXOUTPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddc1585f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OUTPUT() view returns(uint256)
func (disputes *Disputes) PackMAXOUTPUT() []byte {
	enc, err := disputes.abi.Pack("MAX_OUTPUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOUTPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddc1585f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OUTPUT() view returns(uint256)
func (disputes *Disputes) TryPackMAXOUTPUT() ([]byte, error) {
	return disputes.abi.Pack("MAX_OUTPUT")
}

// UnpackMAXOUTPUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddc1585f.
//
// Solidity: function MAX_OUTPUT() view returns(uint256)
func (disputes *Disputes) UnpackMAXOUTPUT(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("MAX_OUTPUT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXROWS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe67953ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROWS() view returns(uint256)
func (disputes *Disputes) PackMAXROWS() []byte {
	enc, err := disputes.abi.Pack("MAX_ROWS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROWS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe67953ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROWS() view returns(uint256)
func (disputes *Disputes) TryPackMAXROWS() ([]byte, error) {
	return disputes.abi.Pack("MAX_ROWS")
}

// UnpackMAXROWS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe67953ea.
//
// Solidity: function MAX_ROWS() view returns(uint256)
func (disputes *Disputes) UnpackMAXROWS(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("MAX_ROWS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNUMCLASSES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ab35581.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NUM_CLASSES() view returns(uint8)
func (disputes *Disputes) PackNUMCLASSES() []byte {
	enc, err := disputes.abi.Pack("NUM_CLASSES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNUMCLASSES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ab35581.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NUM_CLASSES() view returns(uint8)
func (disputes *Disputes) TryPackNUMCLASSES() ([]byte, error) {
	return disputes.abi.Pack("NUM_CLASSES")
}

// UnpackNUMCLASSES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ab35581.
//
// Solidity: function NUM_CLASSES() view returns(uint8)
func (disputes *Disputes) UnpackNUMCLASSES(data []byte) (uint8, error) {
	out, err := disputes.abi.Unpack("NUM_CLASSES", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBonds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x135c404e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bonds() view returns(address)
func (disputes *Disputes) PackBonds() []byte {
	enc, err := disputes.abi.Pack("bonds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBonds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x135c404e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bonds() view returns(address)
func (disputes *Disputes) TryPackBonds() ([]byte, error) {
	return disputes.abi.Pack("bonds")
}

// UnpackBonds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x135c404e.
//
// Solidity: function bonds() view returns(address)
func (disputes *Disputes) UnpackBonds(data []byte) (common.Address, error) {
	out, err := disputes.abi.Unpack("bonds", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCheckProviderSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d2cec34.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkProviderSignature((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) leaf, (bytes32,uint64,uint256,uint64,uint8,bytes32,bytes32) auth) view returns()
func (disputes *Disputes) PackCheckProviderSignature(leaf L1CodecReceiptLeaf, auth L1CodecReceiptAuth) []byte {
	enc, err := disputes.abi.Pack("checkProviderSignature", leaf, auth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckProviderSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d2cec34.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkProviderSignature((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) leaf, (bytes32,uint64,uint256,uint64,uint8,bytes32,bytes32) auth) view returns()
func (disputes *Disputes) TryPackCheckProviderSignature(leaf L1CodecReceiptLeaf, auth L1CodecReceiptAuth) ([]byte, error) {
	return disputes.abi.Pack("checkProviderSignature", leaf, auth)
}

// PackCommitBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74f6c562.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBlock(bytes32 ) view returns(uint256)
func (disputes *Disputes) PackCommitBlock(arg0 [32]byte) []byte {
	enc, err := disputes.abi.Pack("commitBlock", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74f6c562.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBlock(bytes32 ) view returns(uint256)
func (disputes *Disputes) TryPackCommitBlock(arg0 [32]byte) ([]byte, error) {
	return disputes.abi.Pack("commitBlock", arg0)
}

// UnpackCommitBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74f6c562.
//
// Solidity: function commitBlock(bytes32 ) view returns(uint256)
func (disputes *Disputes) UnpackCommitBlock(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("commitBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf26d5614.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitChallenge(uint64 batchIndex, bytes32 headerHash, bytes32 h) returns()
func (disputes *Disputes) PackCommitChallenge(batchIndex uint64, headerHash [32]byte, h [32]byte) []byte {
	enc, err := disputes.abi.Pack("commitChallenge", batchIndex, headerHash, h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf26d5614.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitChallenge(uint64 batchIndex, bytes32 headerHash, bytes32 h) returns()
func (disputes *Disputes) TryPackCommitChallenge(batchIndex uint64, headerHash [32]byte, h [32]byte) ([]byte, error) {
	return disputes.abi.Pack("commitChallenge", batchIndex, headerHash, h)
}

// PackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef43a536.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitment(bytes32 receiptId, (uint32,uint32,uint32,uint8) step, address challenger, bytes32 salt) pure returns(bytes32)
func (disputes *Disputes) PackCommitment(receiptId [32]byte, step DisputesStep, challenger common.Address, salt [32]byte) []byte {
	enc, err := disputes.abi.Pack("commitment", receiptId, step, challenger, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef43a536.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitment(bytes32 receiptId, (uint32,uint32,uint32,uint8) step, address challenger, bytes32 salt) pure returns(bytes32)
func (disputes *Disputes) TryPackCommitment(receiptId [32]byte, step DisputesStep, challenger common.Address, salt [32]byte) ([]byte, error) {
	return disputes.abi.Pack("commitment", receiptId, step, challenger, salt)
}

// UnpackCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef43a536.
//
// Solidity: function commitment(bytes32 receiptId, (uint32,uint32,uint32,uint8) step, address challenger, bytes32 salt) pure returns(bytes32)
func (disputes *Disputes) UnpackCommitment(data []byte) ([32]byte, error) {
	out, err := disputes.abi.Unpack("commitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitmentKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30179615.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentKey(uint64 batchIndex, bytes32 headerHash, address challenger, bytes32 h) pure returns(bytes32)
func (disputes *Disputes) PackCommitmentKey(batchIndex uint64, headerHash [32]byte, challenger common.Address, h [32]byte) []byte {
	enc, err := disputes.abi.Pack("commitmentKey", batchIndex, headerHash, challenger, h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30179615.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentKey(uint64 batchIndex, bytes32 headerHash, address challenger, bytes32 h) pure returns(bytes32)
func (disputes *Disputes) TryPackCommitmentKey(batchIndex uint64, headerHash [32]byte, challenger common.Address, h [32]byte) ([]byte, error) {
	return disputes.abi.Pack("commitmentKey", batchIndex, headerHash, challenger, h)
}

// UnpackCommitmentKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30179615.
//
// Solidity: function commitmentKey(uint64 batchIndex, bytes32 headerHash, address challenger, bytes32 h) pure returns(bytes32)
func (disputes *Disputes) UnpackCommitmentKey(data []byte) ([32]byte, error) {
	out, err := disputes.abi.Unpack("commitmentKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMaxInputWidth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5c7d0be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxInputWidth(uint8 classId) pure returns(uint256)
func (disputes *Disputes) PackMaxInputWidth(classId uint8) []byte {
	enc, err := disputes.abi.Pack("maxInputWidth", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxInputWidth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5c7d0be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxInputWidth(uint8 classId) pure returns(uint256)
func (disputes *Disputes) TryPackMaxInputWidth(classId uint8) ([]byte, error) {
	return disputes.abi.Pack("maxInputWidth", classId)
}

// UnpackMaxInputWidth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5c7d0be.
//
// Solidity: function maxInputWidth(uint8 classId) pure returns(uint256)
func (disputes *Disputes) UnpackMaxInputWidth(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("maxInputWidth", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bc6526d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputs((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) leaf, (uint32,uint32,uint32,uint8) step, address challenger) pure returns(uint256[4] input)
func (disputes *Disputes) PackPublicInputs(leaf L1CodecReceiptLeaf, step DisputesStep, challenger common.Address) []byte {
	enc, err := disputes.abi.Pack("publicInputs", leaf, step, challenger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bc6526d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputs((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) leaf, (uint32,uint32,uint32,uint8) step, address challenger) pure returns(uint256[4] input)
func (disputes *Disputes) TryPackPublicInputs(leaf L1CodecReceiptLeaf, step DisputesStep, challenger common.Address) ([]byte, error) {
	return disputes.abi.Pack("publicInputs", leaf, step, challenger)
}

// UnpackPublicInputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7bc6526d.
//
// Solidity: function publicInputs((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) leaf, (uint32,uint32,uint32,uint8) step, address challenger) pure returns(uint256[4] input)
func (disputes *Disputes) UnpackPublicInputs(data []byte) ([4]*big.Int, error) {
	out, err := disputes.abi.Unpack("publicInputs", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackRevealChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x281dbac0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealChallenge(uint64 batchIndex, bytes32 headerHash, (uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) leaf, bytes32[] inclusionProof, (uint32,uint32,uint32,uint8) step, bytes32 salt, bytes proof, (bytes32,uint64,uint256,uint64,uint8,bytes32,bytes32) auth) returns()
func (disputes *Disputes) PackRevealChallenge(batchIndex uint64, headerHash [32]byte, leaf L1CodecReceiptLeaf, inclusionProof [][32]byte, step DisputesStep, salt [32]byte, proof []byte, auth L1CodecReceiptAuth) []byte {
	enc, err := disputes.abi.Pack("revealChallenge", batchIndex, headerHash, leaf, inclusionProof, step, salt, proof, auth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x281dbac0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealChallenge(uint64 batchIndex, bytes32 headerHash, (uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) leaf, bytes32[] inclusionProof, (uint32,uint32,uint32,uint8) step, bytes32 salt, bytes proof, (bytes32,uint64,uint256,uint64,uint8,bytes32,bytes32) auth) returns()
func (disputes *Disputes) TryPackRevealChallenge(batchIndex uint64, headerHash [32]byte, leaf L1CodecReceiptLeaf, inclusionProof [][32]byte, step DisputesStep, salt [32]byte, proof []byte, auth L1CodecReceiptAuth) ([]byte, error) {
	return disputes.abi.Pack("revealChallenge", batchIndex, headerHash, leaf, inclusionProof, step, salt, proof, auth)
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (disputes *Disputes) PackRollup() []byte {
	enc, err := disputes.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (disputes *Disputes) TryPackRollup() ([]byte, error) {
	return disputes.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (disputes *Disputes) UnpackRollup(data []byte) (common.Address, error) {
	out, err := disputes.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b143df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (disputes *Disputes) PackSlashed(arg0 [32]byte) []byte {
	enc, err := disputes.abi.Pack("slashed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b143df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (disputes *Disputes) TryPackSlashed(arg0 [32]byte) ([]byte, error) {
	return disputes.abi.Pack("slashed", arg0)
}

// UnpackSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (disputes *Disputes) UnpackSlashed(data []byte) (bool, error) {
	out, err := disputes.abi.Unpack("slashed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (disputes *Disputes) PackToken() []byte {
	enc, err := disputes.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (disputes *Disputes) TryPackToken() ([]byte, error) {
	return disputes.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (disputes *Disputes) UnpackToken(data []byte) (common.Address, error) {
	out, err := disputes.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97d63b20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier(uint8 classId) view returns(address)
func (disputes *Disputes) PackVerifier(classId uint8) []byte {
	enc, err := disputes.abi.Pack("verifier", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97d63b20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier(uint8 classId) view returns(address)
func (disputes *Disputes) TryPackVerifier(classId uint8) ([]byte, error) {
	return disputes.abi.Pack("verifier", classId)
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97d63b20.
//
// Solidity: function verifier(uint8 classId) view returns(address)
func (disputes *Disputes) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := disputes.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DisputesChallengeCommitted represents a ChallengeCommitted event raised by the Disputes contract.
type DisputesChallengeCommitted struct {
	BatchIndex uint64
	HeaderHash [32]byte
	Challenger common.Address
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputesChallengeCommittedEventName = "ChallengeCommitted"

// ContractEventName returns the user-defined event name.
func (DisputesChallengeCommitted) ContractEventName() string {
	return DisputesChallengeCommittedEventName
}

// UnpackChallengeCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeCommitted(uint64 indexed batchIndex, bytes32 indexed headerHash, address indexed challenger, bytes32 commitment)
func (disputes *Disputes) UnpackChallengeCommittedEvent(log *types.Log) (*DisputesChallengeCommitted, error) {
	event := "ChallengeCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesChallengeCommitted)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputesReceiptSlashed represents a ReceiptSlashed event raised by the Disputes contract.
type DisputesReceiptSlashed struct {
	ReceiptId       [32]byte
	BatchIndex      uint64
	Challenger      common.Address
	Provider        common.Address
	Taken           *big.Int
	ChallengerShare *big.Int
	Compensation    *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const DisputesReceiptSlashedEventName = "ReceiptSlashed"

// ContractEventName returns the user-defined event name.
func (DisputesReceiptSlashed) ContractEventName() string {
	return DisputesReceiptSlashedEventName
}

// UnpackReceiptSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptSlashed(bytes32 indexed receiptId, uint64 indexed batchIndex, address indexed challenger, address provider, uint256 taken, uint256 challengerShare, uint256 compensation)
func (disputes *Disputes) UnpackReceiptSlashedEvent(log *types.Log) (*DisputesReceiptSlashed, error) {
	event := "ReceiptSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesReceiptSlashed)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (disputes *Disputes) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputes.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return disputes.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["AlreadySlashed"].ID.Bytes()[:4]) {
		return disputes.UnpackAlreadySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["BadStep"].ID.Bytes()[:4]) {
		return disputes.UnpackBadStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["BatchNotPending"].ID.Bytes()[:4]) {
		return disputes.UnpackBatchNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return disputes.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return disputes.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotSignedByProvider"].ID.Bytes()[:4]) {
		return disputes.UnpackNotSignedByProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["ReceiptIdMismatch"].ID.Bytes()[:4]) {
		return disputes.UnpackReceiptIdMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["ReceiptNotInBatch"].ID.Bytes()[:4]) {
		return disputes.UnpackReceiptNotInBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return disputes.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RevealPeriodOver"].ID.Bytes()[:4]) {
		return disputes.UnpackRevealPeriodOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RevealTooEarly"].ID.Bytes()[:4]) {
		return disputes.UnpackRevealTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RootNotInField"].ID.Bytes()[:4]) {
		return disputes.UnpackRootNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["UnknownStepClass"].ID.Bytes()[:4]) {
		return disputes.UnpackUnknownStepClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return disputes.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return disputes.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputesAlreadyCommitted represents a AlreadyCommitted error raised by the Disputes contract.
type DisputesAlreadyCommitted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted()
func DisputesAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xbfec55587600524a9afa4af6da1e1345f08fce59d99e4869f19166c295681a3a")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted()
func (disputes *Disputes) UnpackAlreadyCommittedError(raw []byte) (*DisputesAlreadyCommitted, error) {
	out := new(DisputesAlreadyCommitted)
	if err := disputes.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesAlreadySlashed represents a AlreadySlashed error raised by the Disputes contract.
type DisputesAlreadySlashed struct {
	ReceiptId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySlashed(bytes32 receiptId)
func DisputesAlreadySlashedErrorID() common.Hash {
	return common.HexToHash("0x16e5043d85531f6d342cbe530661f20425bf0ac095ef636feef1c343193172a7")
}

// UnpackAlreadySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySlashed(bytes32 receiptId)
func (disputes *Disputes) UnpackAlreadySlashedError(raw []byte) (*DisputesAlreadySlashed, error) {
	out := new(DisputesAlreadySlashed)
	if err := disputes.abi.UnpackIntoInterface(out, "AlreadySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesBadStep represents a BadStep error raised by the Disputes contract.
type DisputesBadStep struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadStep()
func DisputesBadStepErrorID() common.Hash {
	return common.HexToHash("0xb3d246f3d786f69e291bb8e4516fd4a559f901fb141700f110be301b637c363a")
}

// UnpackBadStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadStep()
func (disputes *Disputes) UnpackBadStepError(raw []byte) (*DisputesBadStep, error) {
	out := new(DisputesBadStep)
	if err := disputes.abi.UnpackIntoInterface(out, "BadStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesBatchNotPending represents a BatchNotPending error raised by the Disputes contract.
type DisputesBatchNotPending struct {
	Index      uint64
	HeaderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotPending(uint64 index, bytes32 headerHash)
func DisputesBatchNotPendingErrorID() common.Hash {
	return common.HexToHash("0x409c304ea4acf25c1a320adb43007bb63fbb1bb1b1336cba9b756329dd38aedb")
}

// UnpackBatchNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotPending(uint64 index, bytes32 headerHash)
func (disputes *Disputes) UnpackBatchNotPendingError(raw []byte) (*DisputesBatchNotPending, error) {
	out := new(DisputesBatchNotPending)
	if err := disputes.abi.UnpackIntoInterface(out, "BatchNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesInvalidProof represents a InvalidProof error raised by the Disputes contract.
type DisputesInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func DisputesInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (disputes *Disputes) UnpackInvalidProofError(raw []byte) (*DisputesInvalidProof, error) {
	out := new(DisputesInvalidProof)
	if err := disputes.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNoCommitment represents a NoCommitment error raised by the Disputes contract.
type DisputesNoCommitment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment()
func DisputesNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x5b07c9895553fba42eaab0cbbb52664a5bf478144fd4325cbedf011992ef44de")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment()
func (disputes *Disputes) UnpackNoCommitmentError(raw []byte) (*DisputesNoCommitment, error) {
	out := new(DisputesNoCommitment)
	if err := disputes.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotSignedByProvider represents a NotSignedByProvider error raised by the Disputes contract.
type DisputesNotSignedByProvider struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSignedByProvider()
func DisputesNotSignedByProviderErrorID() common.Hash {
	return common.HexToHash("0xf539b8a866f9e31655f6ce06f2faedf2dc687aaaab09cf321fad8a51fb552bab")
}

// UnpackNotSignedByProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSignedByProvider()
func (disputes *Disputes) UnpackNotSignedByProviderError(raw []byte) (*DisputesNotSignedByProvider, error) {
	out := new(DisputesNotSignedByProvider)
	if err := disputes.abi.UnpackIntoInterface(out, "NotSignedByProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesReceiptIdMismatch represents a ReceiptIdMismatch error raised by the Disputes contract.
type DisputesReceiptIdMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiptIdMismatch()
func DisputesReceiptIdMismatchErrorID() common.Hash {
	return common.HexToHash("0xe6d83590ab1ce141a7b8db2f1c002e26b679f9791502c4de919cf2eede13c1a8")
}

// UnpackReceiptIdMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiptIdMismatch()
func (disputes *Disputes) UnpackReceiptIdMismatchError(raw []byte) (*DisputesReceiptIdMismatch, error) {
	out := new(DisputesReceiptIdMismatch)
	if err := disputes.abi.UnpackIntoInterface(out, "ReceiptIdMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesReceiptNotInBatch represents a ReceiptNotInBatch error raised by the Disputes contract.
type DisputesReceiptNotInBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiptNotInBatch()
func DisputesReceiptNotInBatchErrorID() common.Hash {
	return common.HexToHash("0x0b343e1bf3a0ad54a038c1fbcf169bf586a20fdf9d674f0562fcf28be4a78ea7")
}

// UnpackReceiptNotInBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiptNotInBatch()
func (disputes *Disputes) UnpackReceiptNotInBatchError(raw []byte) (*DisputesReceiptNotInBatch, error) {
	out := new(DisputesReceiptNotInBatch)
	if err := disputes.abi.UnpackIntoInterface(out, "ReceiptNotInBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Disputes contract.
type DisputesReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DisputesReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (disputes *Disputes) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DisputesReentrancyGuardReentrantCall, error) {
	out := new(DisputesReentrancyGuardReentrantCall)
	if err := disputes.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRevealPeriodOver represents a RevealPeriodOver error raised by the Disputes contract.
type DisputesRevealPeriodOver struct {
	RevealEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPeriodOver(uint64 revealEnd)
func DisputesRevealPeriodOverErrorID() common.Hash {
	return common.HexToHash("0xc0057553cd3143f9d0141bc81e2ecfc33e1161785eb5dae2ae4131d1733bd0db")
}

// UnpackRevealPeriodOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPeriodOver(uint64 revealEnd)
func (disputes *Disputes) UnpackRevealPeriodOverError(raw []byte) (*DisputesRevealPeriodOver, error) {
	out := new(DisputesRevealPeriodOver)
	if err := disputes.abi.UnpackIntoInterface(out, "RevealPeriodOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRevealTooEarly represents a RevealTooEarly error raised by the Disputes contract.
type DisputesRevealTooEarly struct {
	CommitBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooEarly(uint256 commitBlock)
func DisputesRevealTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xee66961928e2835f26d19a8283d92864fa3c9a1765b7c484090574bb98835569")
}

// UnpackRevealTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooEarly(uint256 commitBlock)
func (disputes *Disputes) UnpackRevealTooEarlyError(raw []byte) (*DisputesRevealTooEarly, error) {
	out := new(DisputesRevealTooEarly)
	if err := disputes.abi.UnpackIntoInterface(out, "RevealTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRootNotInField represents a RootNotInField error raised by the Disputes contract.
type DisputesRootNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootNotInField()
func DisputesRootNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xb7f39d007b62df5d188d76dfbba6dfa80416f02ce4bb4db6c18f508e9553b0ea")
}

// UnpackRootNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootNotInField()
func (disputes *Disputes) UnpackRootNotInFieldError(raw []byte) (*DisputesRootNotInField, error) {
	out := new(DisputesRootNotInField)
	if err := disputes.abi.UnpackIntoInterface(out, "RootNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesUnknownStepClass represents a UnknownStepClass error raised by the Disputes contract.
type DisputesUnknownStepClass struct {
	ClassId uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownStepClass(uint8 classId)
func DisputesUnknownStepClassErrorID() common.Hash {
	return common.HexToHash("0x6e7d6a1f3e6da01b15724f233c3d0fe1de4739ff82b630924e0cccd917d55c75")
}

// UnpackUnknownStepClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownStepClass(uint8 classId)
func (disputes *Disputes) UnpackUnknownStepClassError(raw []byte) (*DisputesUnknownStepClass, error) {
	out := new(DisputesUnknownStepClass)
	if err := disputes.abi.UnpackIntoInterface(out, "UnknownStepClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesWindowClosed represents a WindowClosed error raised by the Disputes contract.
type DisputesWindowClosed struct {
	WindowEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(uint64 windowEnd)
func DisputesWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xb7a749206d8179505f87eae415c0167441d2b07748a072df075f7d5d103538cc")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(uint64 windowEnd)
func (disputes *Disputes) UnpackWindowClosedError(raw []byte) (*DisputesWindowClosed, error) {
	out := new(DisputesWindowClosed)
	if err := disputes.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesZeroAddress represents a ZeroAddress error raised by the Disputes contract.
type DisputesZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DisputesZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (disputes *Disputes) UnpackZeroAddressError(raw []byte) (*DisputesZeroAddress, error) {
	out := new(DisputesZeroAddress)
	if err := disputes.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IRollupForBondsMetaData contains all meta data concerning the IRollupForBonds contract.
var IRollupForBondsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"disputes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizedMessages\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"queueBondChange\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IRollupForBonds",
}

// IRollupForBonds is an auto generated Go binding around an Ethereum contract.
type IRollupForBonds struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IRollupForBonds) GetABI() abi.ABI {
	return c.abi
}

// NewIRollupForBonds creates a new instance of IRollupForBonds.
func NewIRollupForBonds() *IRollupForBonds {
	parsed, err := IRollupForBondsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IRollupForBonds{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IRollupForBonds) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c5b252.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputes() view returns(address)
func (iRollupForBonds *IRollupForBonds) PackDisputes() []byte {
	enc, err := iRollupForBonds.abi.Pack("disputes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c5b252.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputes() view returns(address)
func (iRollupForBonds *IRollupForBonds) TryPackDisputes() ([]byte, error) {
	return iRollupForBonds.abi.Pack("disputes")
}

// UnpackDisputes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4c5b252.
//
// Solidity: function disputes() view returns(address)
func (iRollupForBonds *IRollupForBonds) UnpackDisputes(data []byte) (common.Address, error) {
	out, err := iRollupForBonds.abi.Unpack("disputes", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinalizedMessages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5124e169.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizedMessages() view returns(uint64)
func (iRollupForBonds *IRollupForBonds) PackFinalizedMessages() []byte {
	enc, err := iRollupForBonds.abi.Pack("finalizedMessages")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizedMessages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5124e169.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizedMessages() view returns(uint64)
func (iRollupForBonds *IRollupForBonds) TryPackFinalizedMessages() ([]byte, error) {
	return iRollupForBonds.abi.Pack("finalizedMessages")
}

// UnpackFinalizedMessages is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5124e169.
//
// Solidity: function finalizedMessages() view returns(uint64)
func (iRollupForBonds *IRollupForBonds) UnpackFinalizedMessages(data []byte) (uint64, error) {
	out, err := iRollupForBonds.abi.Unpack("finalizedMessages", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueBondChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4c043.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueBondChange(address provider, uint256 bond) returns(uint64)
func (iRollupForBonds *IRollupForBonds) PackQueueBondChange(provider common.Address, bond *big.Int) []byte {
	enc, err := iRollupForBonds.abi.Pack("queueBondChange", provider, bond)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueBondChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4c043.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueBondChange(address provider, uint256 bond) returns(uint64)
func (iRollupForBonds *IRollupForBonds) TryPackQueueBondChange(provider common.Address, bond *big.Int) ([]byte, error) {
	return iRollupForBonds.abi.Pack("queueBondChange", provider, bond)
}

// UnpackQueueBondChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8f4c043.
//
// Solidity: function queueBondChange(address provider, uint256 bond) returns(uint64)
func (iRollupForBonds *IRollupForBonds) UnpackQueueBondChange(data []byte) (uint64, error) {
	out, err := iRollupForBonds.abi.Unpack("queueBondChange", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (iRollupForBonds *IRollupForBonds) PackToken() []byte {
	enc, err := iRollupForBonds.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (iRollupForBonds *IRollupForBonds) TryPackToken() ([]byte, error) {
	return iRollupForBonds.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (iRollupForBonds *IRollupForBonds) UnpackToken(data []byte) (common.Address, error) {
	out, err := iRollupForBonds.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// IStepVerifierMetaData contains all meta data concerning the IStepVerifier contract.
var IStepVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyStep\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IStepVerifier",
}

// IStepVerifier is an auto generated Go binding around an Ethereum contract.
type IStepVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IStepVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewIStepVerifier creates a new instance of IStepVerifier.
func NewIStepVerifier() *IStepVerifier {
	parsed, err := IStepVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IStepVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IStepVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddceae17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (iStepVerifier *IStepVerifier) PackVerifyStep(proof []byte, input [4]*big.Int) []byte {
	enc, err := iStepVerifier.abi.Pack("verifyStep", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddceae17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (iStepVerifier *IStepVerifier) TryPackVerifyStep(proof []byte, input [4]*big.Int) ([]byte, error) {
	return iStepVerifier.abi.Pack("verifyStep", proof, input)
}

// UnpackVerifyStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddceae17.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (iStepVerifier *IStepVerifier) UnpackVerifyStep(data []byte) (bool, error) {
	out, err := iStepVerifier.abi.Unpack("verifyStep", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ITimelockDelayMetaData contains all meta data concerning the ITimelockDelay contract.
var ITimelockDelayMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"getMinDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ITimelockDelay",
}

// ITimelockDelay is an auto generated Go binding around an Ethereum contract.
type ITimelockDelay struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ITimelockDelay) GetABI() abi.ABI {
	return c.abi
}

// NewITimelockDelay creates a new instance of ITimelockDelay.
func NewITimelockDelay() *ITimelockDelay {
	parsed, err := ITimelockDelayMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ITimelockDelay{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ITimelockDelay) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinDelay() view returns(uint256)
func (iTimelockDelay *ITimelockDelay) PackGetMinDelay() []byte {
	enc, err := iTimelockDelay.abi.Pack("getMinDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinDelay() view returns(uint256)
func (iTimelockDelay *ITimelockDelay) TryPackGetMinDelay() ([]byte, error) {
	return iTimelockDelay.abi.Pack("getMinDelay")
}

// UnpackGetMinDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (iTimelockDelay *ITimelockDelay) UnpackGetMinDelay(data []byte) (*big.Int, error) {
	out, err := iTimelockDelay.abi.Unpack("getMinDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"uint256[12]\",\"name\":\"initialParams\",\"type\":\"uint256[12]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"preStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"messagesConsumed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"messagesRollingHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"}],\"internalType\":\"structL1Codec.BatchHeader\",\"name\":\"genesis\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyWired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadForcedTx\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadGenesis\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"parentConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueLength\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"BadMessagesConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"BatchFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"BatchNotFinal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BodyHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"}],\"name\":\"DisputePeriodOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"HeaderRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InvalidParam\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"MessageIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queuedAt\",\"type\":\"uint64\"}],\"name\":\"MessageOverdue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotBonds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDisputes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"NotNextToFinalize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotTimelock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotWirer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"TimelockTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"}],\"name\":\"UnknownParam\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"withdrawalId\",\"type\":\"uint64\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongBatchIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongParentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongPreStateRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongRollingHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"BatchFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"messagesConsumed\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"fromIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"toIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"BatchesRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CompensationReceived\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rollingHash\",\"type\":\"bytes32\"}],\"name\":\"MessageQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"bonds\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"disputes\",\"type\":\"address\"}],\"name\":\"ModulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldValue\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newValue\",\"type\":\"uint256\"}],\"name\":\"ParamChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"}],\"name\":\"TxForced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"withdrawalId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"EXIT_MARGIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DURATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FORCED_TX_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SHARE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_SHARE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NUM_PARAMS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_BASE_FEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_BYTE_FEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_CHALLENGER_SHARE_BPS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_DISPUTE_WINDOW\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_GUARDIAN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_MAX_INCLUSION_DELAY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_MAX_MACS_PER_RECEIPT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_MIN_SLASH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_REVEAL_PERIOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_SEQUENCER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_SLASH_MULTIPLIER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PARAM_STORAGE_BYTE_FEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accountedEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"messagesConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bonds\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"disputeInfo\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"pending\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEnd\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizedMessages\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"l2tx\",\"type\":\"bytes\"}],\"name\":\"forceInclude\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"messageIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"isPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastFinalized\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"messageCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"messageTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextBatchIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"}],\"name\":\"param\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"disputeWindow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxInclusionDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSlash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashMultiplier\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerShareBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"baseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"byteFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"storageByteFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxMACsPerReceipt\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structRollup.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"queueBondChange\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"batchHeaderHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"compensation\",\"type\":\"uint256\"}],\"name\":\"recordSlash\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"rejectBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"rejectedHeader\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"rollingHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bonds_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"disputes_\",\"type\":\"address\"}],\"name\":\"setModules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"setParam\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"preStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"messagesConsumed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"messagesRollingHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"}],\"internalType\":\"structL1Codec.BatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"body\",\"type\":\"bytes\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCompensations\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"withdrawalId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structL1Codec.WithdrawalLeaf\",\"name\":\"w\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"withdrawalClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161393738038061393783398101604081905261002e91610a1d565b6001600160a01b038416158061004b57506001600160a01b038316155b156100695760405163d92e233d60e01b815260040160405180910390fd5b80516001600160401b03161515806100845750602081015115155b806100925750604081015115155b806100a05750608081015115155b806100ae575060a081015115155b806100c5575060c08101516001600160401b031615155b806100d3575060e081015115155b806100e2575061010081015115155b15610100576040516306e0dabd60e11b815260040160405180910390fd5b6001600160a01b03808516608052831660a0523360c05260015b600c60ff8216116101a0576101528184610135600183610ae2565b60ff16600c811061014857610148610afb565b6020020151610491565b8261015e600183610ae2565b60ff16600c811061017157610171610afb565b602002015160028260ff16600d811061018c5761018c610afb565b01558061019881610b0f565b91505061011a565b506003546004546005546101b5929190610618565b6040518061010001604052806101d0836106de60201b60201c565b815260608381015160208084019190915260808086015160408086019190915260a080880151858701525f838701819052426001600160401b0390811683890181905260c0808a0182905260e0998a01829052838052600f88528a515f5160206139175f395f51905f528190558b8901517ff4803e074bd026baaf6ed2e288c9515f68c72fb7216eebdd7cae1718a53ec376558b8701517ff4803e074bd026baaf6ed2e288c9515f68c72fb7216eebdd7cae1718a53ec377558b8a01517ff4803e074bd026baaf6ed2e288c9515f68c72fb7216eebdd7cae1718a53ec37855968b01517ff4803e074bd026baaf6ed2e288c9515f68c72fb7216eebdd7cae1718a53ec3798054968d0151928d01519c909b01518416600160c01b026001600160c01b039c8516600160801b029c909c166001600160801b0392851668010000000000000000026001600160801b0319909716919094161794909417939093161797909717909555601080546001600160401b031916600117905580518681529283018590528201939093529192917f8ec32e50a52ed7bd1fd5eed87815b02a2de63fc075c4124c715897d2d970d732910160405180910390a35f808052600f6020525f5160206139175f395f51905f52546040519091907fdde5b1c4a522ce8bbcf1f21eee5dd318bcd6a4f73079c58c873d56a83c223170908290a360015b600c60ff8216116104875760ff81167fb0a2f78c06f1b151a9c97b73f6fdd34de403dadf6b6a1a757e3e0edca08ba0495f600283600d811061041357610413610afb565b01546040805192835260208301919091520160405180910390a261047460058260028460ff16600d811061044957610449610afb565b01546040805160ff909316602084015282015260600160408051601f19818403018152919052610787565b508061047f81610b0f565b9150506103cf565b5050505050610c94565b60ff821615806104a45750600c60ff8316115b156104cc5760405163cfe76cdd60e01b815260ff831660048201526024015b60405180910390fd5b5f60ff8316600114806104e2575060ff83166002145b806104f0575060ff83166003145b1561050e575f82118015610507575062278d008211155b90506105e9565b60041960ff8416016105335760018210158015610507575050620f42408111156105e9565b60051960ff84160161055757600182101580156105075750506113888111156105e9565b60031960ff84160161058057600182101580156105075750506001600160801b038111156105e9565b60091960ff8416016105a7575f821180156105075750506001600160401b038111156105e9565b60ff8316600b14806105bc575060ff8316600c145b156105dc5781158015906105075750506001600160a01b038111156105e9565b506001600160801b038111155b806106135760405163ce5c05c960e01b815260ff84166004820152602481018390526044016104c3565b505050565b5f60a0516001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015610657573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061067b9190610b2d565b90505f610e108361068c8688610b44565b6106969190610b44565b6106a09190610b44565b90508082116106d757816106b5826001610b44565b604051635460350160e01b8152600481019290925260248201526044016104c3565b5050505050565b80516020808301516040808501516060860151608087015160a088015160c089015160e08a01516101008b015196515f9a61076a9a90999891016001600160401b03998a168152602081019890985260408801969096526060870194909452608086019290925260a085015290931660c083015260e08201929092526101008101919091526101200190565b604051602081830303815290604052805190602001209050919050565b601054600160c01b90046001600160401b03165f818152601160205260408120544291906107c0906107bb878686896108c1565b6108f9565b90508060115f6107da6001600160401b0387166001610b44565b81526020019081526020015f20819055505f6004846001600160401b03166108029190610b6b565b61080d906040610b7e565b90506001600160401b038316811b60125f610829600488610b95565b6001600160401b0316815260208101919091526040015f2080549091179055610853846001610bc3565b601080546001600160c01b0316600160c01b6001600160401b039384160217905560405160ff8816918616907f83bff004641f3f0f3d2d18bb8be3aaa3d59d811764d80776852163723b7fad8c906108b09087908a908890610be2565b60405180910390a350505092915050565b5f848484846040516020016108d99493929190610c2d565b604051602081830303815290604052805190602001209050949350505050565b604080516020808201859052818301849052825180830384018152606090920190925280519101205b92915050565b6001600160a01b038116811461093c575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b60405161012081016001600160401b03811182821017156109765761097661093f565b60405290565b80516001600160401b0381168114610992575f5ffd5b919050565b5f61012082840312156109a8575f5ffd5b6109b0610953565b90506109bb8261097c565b81526020828101519082015260408083015190820152606080830151908201526080808301519082015260a080830151908201526109fb60c0830161097c565b60c082015260e082810151908201526101009182015191810191909152919050565b5f5f5f5f6102e08587031215610a31575f5ffd5b8451610a3c81610928565b6020860151909450610a4d81610928565b9250605f85018613610a5d575f5ffd5b60405161018081016001600160401b0381118282101715610a8057610a8061093f565b604052806101c0870188811115610a95575f5ffd5b604088015b81811015610ab2578051835260209283019201610a9a565b50829450610ac08982610997565b935050505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b60ff828116828216039081111561092257610922610ace565b634e487b7160e01b5f52603260045260245ffd5b5f60ff821660ff8103610b2457610b24610ace565b60010192915050565b5f60208284031215610b3d575f5ffd5b5051919050565b8082018082111561092257610922610ace565b634e487b7160e01b5f52601260045260245ffd5b5f82610b7957610b79610b57565b500690565b808202811582820484141761092257610922610ace565b5f6001600160401b03831680610bad57610bad610b57565b6001600160401b03929092169190910492915050565b6001600160401b03818116838216019081111561092257610922610ace565b60018060401b0384168152606060208201525f83518060608401528060208601608085015e5f608082850101526080601f19601f830116840101915050826040830152949350505050565b7fff0000000000000000000000000000000000000000000000000000000000000060f886901b1681526001600160c01b031960c085811b8216600184015284901b16600982015281515f908060208501601185015e5f920160110191825250949350505050565b60805160a05160c051612c2f610ce85f395f611b3b01525f81816105fb0152818161191e015261223e01525f81816106a901528181610b5401528181610bd401528181610c1d01526118d90152612c2f5ff3fe608060405234801561000f575f5ffd5b50600436106102ff575f3560e01c80637d88209711610195578063ceb97f9f116100e4578063d8f4c0431161009e578063f63c085b11610079578063f63c085b14610671578063f99e14da14610693578063f9ae9d921461069b578063fc0c546a146106a4575f5ffd5b8063d8f4c04314610643578063dc541a4d14610656578063e3354ff514610669575f5ffd5b8063ceb97f9f146105d1578063cff0ab96146105d9578063d3083cb7146105ee578063d33219b4146105f6578063d4c5b2521461061d578063d74a5d0014610630575f5ffd5b80639fdc8f201161014f578063bacfb3231161012a578063bacfb32314610598578063bafe6c06146105ab578063c1cca2b3146105be578063c8df4fa21461056a575f5ffd5b80639fdc8f2014610572578063b1724b461461057b578063b39fc01e14610585575f5ffd5b80637d882097146105135780637e4fa7001461051c578063857553cc1461052f5780638e9896ee1461054f578063948738971461055757806395a469541461056a575f5ffd5b8063452a9320116102515780635a628cec1161020b57806365827cf7116101e657806365827cf7146104b657806365f267be146104be5780636ae76576146104c75780637b083bb21461050b575f5ffd5b80635a628cec1461049d5780635c1bba38146104a557806360464627146104ad575f5ffd5b8063452a93201461040957806347e7ef24146104115780634e5e9161146104245780635124e169146104565780635726c2bb1461047057806359dbd7e41461048a575f5ffd5b80632628f7c7116102bc5780633cdb9253116102975780633cdb9253146103cc5780633dbcc8d1146103d45780633eb81fe5146103ec57806343868b34146103f4575f5ffd5b80632628f7c7146103a8578063283605ec146103b057806329eaddc7146103b9575f5ffd5b806305a36a851461030357806306f386bc1461031e5780630802e78f14610331578063135c404e1461035c5780631c9d6cad146103865780631e29848b146103a0575b5f5ffd5b61030b6106cb565b6040519081526020015b60405180910390f35b61030b61032c3660046124e8565b6106ee565b61034461033f366004612545565b610748565b6040516001600160401b039091168152602001610315565b5f5461036e906001600160a01b031681565b6040516001600160a01b039091168152602001610315565b61038e600381565b60405160ff9091168152602001610315565b61030b61086d565b61038e600881565b61030b60165481565b6103446103c73660046125af565b61089c565b61038e600b81565b601054600160c01b90046001600160401b0316610344565b61038e600181565b610407610402366004612615565b610983565b005b61036e610ae0565b61034461041f36600461263d565b610aed565b610446610432366004612657565b60136020525f908152604090205460ff1681565b6040519015158152602001610315565b60105461034490600160801b90046001600160401b031681565b60105461034490600160401b90046001600160401b031681565b610446610498366004612615565b610d5a565b61038e600a81565b61036e610db8565b61030b60175481565b61038e600281565b61030b61138881565b6104da6104d5366004612615565b610dc2565b60408051941515855260208501939093526001600160401b0391821692840192909252166060820152608001610315565b61030b600181565b61030b60155481565b601054610344906001600160401b031681565b61054261053d366004612657565b610e2a565b6040516103159190612670565b61038e600981565b61030b610565366004612657565b610f32565b61038e600c81565b61030b61040081565b61030b62278d0081565b6104076105933660046126f4565b610f91565b6104076105a6366004612615565b6114ab565b6104076105b936600461274c565b6116a6565b6104076105cc3660046127e2565b611913565b61038e600681565b6105e1611a56565b60405161031591906127fc565b61038e600581565b61036e7f000000000000000000000000000000000000000000000000000000000000000081565b60015461036e906001600160a01b031681565b61040761063e36600461289f565b611b30565b61034461065136600461263d565b611c4a565b610344610664366004612657565b611c9d565b61038e600781565b61044661067f3660046128d0565b60146020525f908152604090205460ff1681565b61038e600481565b61030b610e1081565b61036e7f000000000000000000000000000000000000000000000000000000000000000081565b5f6017546016546015546106df91906128fb565b6106e9919061290e565b905090565b5f60ff821615806107025750600c60ff8316115b1561072a5760405163cfe76cdd60e01b815260ff831660048201526024015b60405180910390fd5b60028260ff16600d811061074057610740612921565b015492915050565b5f811580610757575061040082115b1561077557604051630265611f60e51b815260040160405180910390fd5b5f83835f81811061078857610788612921565b919091013560f81c9150508015806107a35750600960ff8216115b806107b1575060ff81166006145b806107bf575060ff81166008145b156107dd57604051630265611f60e51b815260040160405180910390fd5b610809600685856040516020016107f5929190612935565b604051602081830303815290604052611ce9565b9150336001600160a01b0316826001600160401b03167ff56b204c945a9cc1b36341a41dc7eecfc000477004e23996aa854162245895478686604051610850929190612963565b604051908190038120815260200160405180910390a35092915050565b6004546003546005545f92610e1092909161088891906128fb565b61089291906128fb565b6106e991906128fb565b6001545f906001600160a01b031633146108c9576040516326185c6560e11b815260040160405180910390fd5b8160165f8282546108da91906128fb565b90915550506040518281526001600160a01b0385169089907ffdeb1d9e08fdddf18641a30c85e10cdb2961a43cb471890ad75f29440ff7573f9060200160405180910390a360408051602081018a90526001600160401b03891691810191909152606081018790526001600160a01b038087166080830152851660a082015260c0810184905260e0810183905261097790600390610100016107f5565b98975050505050505050565b61098b610ae0565b6001600160a01b0316336001600160a01b0316146109bc576040516377b6878160e11b815260040160405180910390fd5b6010546001600160401b03600160401b9091048116908316116109fd57604051630d243d1960e41b81526001600160401b0383166004820152602401610721565b6010546001600160401b03908116908316101580610a3257506001600160401b0382165f908152600f60205260409020548114155b15610a62576040516363cfb5b560e11b81526001600160401b038316600482015260248101829052604401610721565b601080546001600160401b0384811667ffffffffffffffff19831681179093555f84815260146020908152604091829020805460ff191660011790558151929093168083529282018590529192917fa4ed76ba817c5e147c9333fab0e6c5ac7ac37b13eb1209a5a31a161f1dee552c910160405180910390a2505050565b5f6002600c5b0154905090565b5f610af6611e4a565b6001600160a01b038316610b1d5760405163d92e233d60e01b815260040160405180910390fd5b815f03610b3d57604051631f2a200560e01b815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610ba1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bc59190612972565b9050610bfc6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086611e81565b6040516370a0823160e01b81523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610c62573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c869190612972565b610c90919061290e565b9050805f03610cb257604051631f2a200560e01b815260040160405180910390fd5b8060155f828254610cc391906128fb565b9091555050604080513360208201526001600160a01b0387169181019190915260608101829052610cf9906001906080016107f5565b604080518381526001600160401b03831660208201529194506001600160a01b0387169133917fda296c6c8f4e2f4cc4b654430b82a5cf68a2e39490a32de944ed3b3ba963e91a910160405180910390a35050610d54611eb7565b92915050565b6010545f906001600160401b03600160401b9091048116908416118015610d8f57506010546001600160401b03908116908416105b8015610db157506001600160401b0383165f908152600f602052604090205482145b9392505050565b5f6002600b610ae6565b5f5f5f5f610dd08686610d5a565b610de457505f925082915081905080610e21565b505050506001600160401b038281165f908152600f602052604090206002810154600490910154600192600160801b8204811691600160c01b9004165b92959194509250565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091526010546001600160401b0390811690831610610eaa576040516363cfb5b560e11b81526001600160401b03831660048201525f6024820152604401610721565b506001600160401b039081165f908152600f602090815260409182902082516101008101845281548152600182015492810192909252600281015492820192909252600382015460608201526004909101548083166080830152600160401b8104831660a0830152600160801b8104831660c0830152600160c01b900490911660e082015290565b6010545f906001600160401b03600160c01b90910481169083161115610f765760405163325a401960e21b81526001600160401b0383166004820152602401610721565b506001600160401b03165f9081526011602052604090205490565b610f99610db8565b6001600160a01b0316336001600160a01b031614610fca576040516314f8a09f60e21b815260040160405180910390fd5b8261010001358282604051610fe0929190612963565b60405180910390201461100657604051630414bf0160e31b815260040160405180910390fd5b6010546001600160401b0316806110206020860186612657565b6001600160401b031614611068578061103c6020860186612657565b6040516395ce633b60e01b81526001600160401b03928316600482015291166024820152604401610721565b5f600f81611077600185612989565b6001600160401b03166001600160401b031681526020019081526020015f209050805f01548560200135146110bf5760405163ed2b6d5160e01b815260040160405180910390fd5b80600101548560400135146110e757604051631016a53560e31b815260040160405180910390fd5b60105460048201546001600160401b03600160c01b9092048216911661111360e0880160c08901612657565b6001600160401b0316108061114857506001600160401b03811661113d60e0880160c08901612657565b6001600160401b0316115b156111a15760048201546001600160401b03168161116c60e0890160c08a01612657565b604051634c69574b60e01b81526001600160401b03938416600482015291831660248301529091166044820152606401610721565b60115f6111b460e0890160c08a01612657565b6001600160401b031681526020019081526020015f20548660e00135146111ee57604051632d7d1b0960e21b815260040160405180910390fd5b6001600160401b03811661120860e0880160c08901612657565b6001600160401b03161015611291575f61123061122b60e0890160c08a01612657565b611ee1565b90504260026003015461124c906001600160401b0384166128fb565b101561128f5761126260e0880160c08901612657565b604051631e2cb42360e01b81526001600160401b0391821660048201529082166024820152604401610721565b505b5f6112a96112a4368990038901896129dd565b611f2f565b5f8181526014602052604090205490915060ff16156112de5760405163788b786360e11b815260048101829052602401610721565b6003545f906112ed90426128fb565b90505f60028001546112ff9083612a64565b90506040518061010001604052808481526020018a6060013581526020018a6080013581526020018a60a0013581526020018a60c00160208101906113449190612657565b6001600160401b0390811682524281166020808401919091528582166040808501919091528583166060948501528a83165f908152600f8352819020855181559185015160018084019190915590850151600283015592840151600382015560808401516004909101805460a086015160c087015160e0909701519385166fffffffffffffffffffffffffffffffff1990921691909117600160401b91851691909102176001600160801b0316600160801b958416959095026001600160c01b031694909417600160c01b919092160217909155611423908790612a64565b6010805467ffffffffffffffff19166001600160401b03928316179055839087167f8ec32e50a52ed7bd1fd5eed87815b02a2de63fc075c4124c715897d2d970d73261147560e08d0160c08e01612657565b604080516001600160401b03928316815282881660208201529186169082015260600160405180910390a3505050505050505050565b6010545f906114cb90600160401b90046001600160401b03166001612a64565b9050806001600160401b0316836001600160401b0316146115125760405163a433357360e01b81526001600160401b03808316600483015284166024820152604401610721565b6010546001600160401b0390811690841610158061154757506001600160401b0383165f908152600f60205260409020548214155b15611577576040516363cfb5b560e11b81526001600160401b038416600482015260248101839052604401610721565b6001600160401b038084165f908152600f6020526040902060048101549091600160c01b909104164210156115d95760048181015460405163043f4c6d60e01b8152600160c01b9091046001600160401b031691810191909152602401610721565b601080546001600160401b03808716600160401b81026fffffffffffffffff0000000000000000198416811785556004860154600160801b93169290920267ffffffffffffffff60801b1990921677ffffffffffffffffffffffffffffffff00000000000000001990931692909217179091556040518491907fdde5b1c4a522ce8bbcf1f21eee5dd318bcd6a4f73079c58c873d56a83c223170905f90a3604080516001600160401b038616602082015290810184905261169f906004906060016107f5565b5050505050565b6116ae611e4a565b6010546001600160401b03600160401b909104811690851611156116f0576040516337f3119f60e01b81526001600160401b0385166004820152602401610721565b60135f6117036040860160208701612657565b6001600160401b0316815260208101919091526040015f205460ff1615611759576117346040840160208501612657565b6040516368c8fbe160e01b81526001600160401b039091166004820152602401610721565b82608001355f0361177d57604051631f2a200560e01b815260040160405180910390fd5b5f61179561179036869003860186612a83565b611fd8565b6001600160401b0386165f908152600f60205260409020600301549091506117c190849084908461206d565b6117de576040516309bde33960e01b815260040160405180910390fd5b600160135f6117f36040880160208901612657565b6001600160401b03166001600160401b031681526020019081526020015f205f6101000a81548160ff021916908315150217905550836080013560175f82825461183d91906128fb565b9091555061185390506080850160608601612b10565b6001600160a01b03166001600160401b0386166118766040870160208801612657565b6001600160401b03167ff183c66902b200ef0066595388a8033201cfea566e81fd4c13733ba39653153087608001356040516118b491815260200190565b60405180910390a46119046118cf6080860160608701612b10565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906080870135612084565b5061190d611eb7565b50505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461195c5760405163656a6d1560e11b815260040160405180910390fd5b61196682826120be565b5f60ff831660011461197a5760035461197c565b815b90505f60ff841660021461199257600454611994565b825b90505f60ff85166003146119aa576005546119ac565b835b90506119b983838361223b565b5f60028660ff16600d81106119d0576119d0612921565b015490508460028760ff16600d81106119eb576119eb612921565b0155604080518281526020810187905260ff8816917fb0a2f78c06f1b151a9c97b73f6fdd34de403dadf6b6a1a757e3e0edca08ba049910160405180910390a26040805160ff88166020820152908101869052611a4d906005906060016107f5565b50505050505050565b611ac06040518061018001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f6001600160a01b031681525090565b6003548152600454602082015260055460408201526006546060820152600754608082015260085460a082015260095460c0820152600a5460e0820152600b54610100820152600c54610120820152600d546001600160a01b03908116610140830152600e541661016082015290565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611b79576040516371376be960e01b815260040160405180910390fd5b5f546001600160a01b031615611ba25760405163da7c0e5560e01b815260040160405180910390fd5b6001600160a01b0382161580611bbf57506001600160a01b038116155b15611bdd5760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b038481166001600160a01b03199283168117909355600180549185169190921681179091556040805192835260208301919091527fe7836f4c1585572e73ac1ebd237c17348e5b453da767958b34b22bd170f6e52f910160405180910390a15050565b5f80546001600160a01b03163314611c755760405163795acf9560e01b815260040160405180910390fd5b604080516001600160a01b0385166020820152908101839052610db1906002906060016107f5565b6010545f906001600160401b03600160c01b909104811690831610611ce05760405163325a401960e21b81526001600160401b0383166004820152602401610721565b610d5482611ee1565b601054600160c01b90046001600160401b03165f81815260116020526040812054429190611d4990611d1d87868689612318565b604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b90508060115f611d636001600160401b03871660016128fb565b81526020019081526020015f20819055505f6004846001600160401b0316611d8b9190612b3d565b611d96906040612b50565b90506001600160401b038316811b60125f611db2600488612b67565b6001600160401b0316815260208101919091526040015f2080549091179055611ddc846001612a64565b601080546001600160c01b0316600160c01b6001600160401b039384160217905560405160ff8816918616907f83bff004641f3f0f3d2d18bb8be3aaa3d59d811764d80776852163723b7fad8c90611e399087908a908890612b94565b60405180910390a350505092915050565b611e52612350565b611e7f60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612390565b565b611e8f848484846001612397565b61190d57604051635274afe760e01b81526001600160a01b0385166004820152602401610721565b611e7f5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611e79565b5f611ef660046001600160401b038416612b3d565b611f01906040612b50565b60125f611f0f600486612b67565b6001600160401b031681526020019081526020015f2054901c9050919050565b80516020808301516040808501516060860151608087015160a088015160c089015160e08a01516101008b015196515f9a611fbb9a90999891016001600160401b03998a168152602081019890985260408801969096526060870194909452608086019290925260a085015290931660c083015260e08201929092526101008101919091526101200190565b604051602081830303815290604052805190602001209050919050565b5f5f825f015183602001518460400151856060015186608001516040516020016120369594939291909485526001600160401b039390931660208501526001600160a01b039182166040850152166060830152608082015260a00190565b60408051808303601f1901815282825280516020918201208184015281518084038201815292820190915281519101209392505050565b5f8261207a868685612404565b1495945050505050565b6120918383836001612445565b6120b957604051635274afe760e01b81526001600160a01b0384166004820152602401610721565b505050565b60ff821615806120d15750600c60ff8316115b156120f45760405163cfe76cdd60e01b815260ff83166004820152602401610721565b5f60ff83166001148061210a575060ff83166002145b80612118575060ff83166003145b15612136575f8211801561212f575062278d008211155b9050612211565b60041960ff84160161215b576001821015801561212f575050620f4240811115612211565b60051960ff84160161217f576001821015801561212f575050611388811115612211565b60031960ff8416016121a8576001821015801561212f5750506001600160801b03811115612211565b60091960ff8416016121cf575f8211801561212f5750506001600160401b03811115612211565b60ff8316600b14806121e4575060ff8316600c145b1561220457811580159061212f5750506001600160a01b03811115612211565b506001600160801b038111155b806120b95760405163ce5c05c960e01b815260ff8416600482015260248101839052604401610721565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612298573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122bc9190612972565b90505f610e10836122cd86886128fb565b6122d791906128fb565b6122e191906128fb565b905080821161169f57816122f68260016128fb565b604051635460350160e01b815260048101929092526024820152604401610721565b5f848484846040516020016123309493929190612be0565b604051602081830303815290604052805190602001209050949350505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611e7f57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166123f35783831516156123e7573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f81815b8481101561243c576124328287878481811061242657612426612921565b905060200201356124a7565b9150600101612408565b50949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661249b57838315161561248f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f8183106124c1575f828152602084905260409020610db1565b5f838152602083905260409020610db1565b803560ff811681146124e3575f5ffd5b919050565b5f602082840312156124f8575f5ffd5b610db1826124d3565b5f5f83601f840112612511575f5ffd5b5081356001600160401b03811115612527575f5ffd5b60208301915083602082850101111561253e575f5ffd5b9250929050565b5f5f60208385031215612556575f5ffd5b82356001600160401b0381111561256b575f5ffd5b61257785828601612501565b90969095509350505050565b80356001600160401b03811681146124e3575f5ffd5b80356001600160a01b03811681146124e3575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156125c5575f5ffd5b873596506125d560208901612583565b9550604088013594506125ea60608901612599565b93506125f860808901612599565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215612626575f5ffd5b61262f83612583565b946020939093013593505050565b5f5f6040838503121561264e575f5ffd5b61262f83612599565b5f60208284031215612667575f5ffd5b610db182612583565b5f61010082019050825182526020830151602083015260408301516040830152606083015160608301526001600160401b0360808401511660808301526001600160401b0360a08401511660a08301526001600160401b0360c08401511660c083015260e08301516126ed60e08401826001600160401b03169052565b5092915050565b5f5f5f838503610140811215612708575f5ffd5b610120811215612716575f5ffd5b508392506101208401356001600160401b03811115612733575f5ffd5b61273f86828701612501565b9497909650939450505050565b5f5f5f5f84860360e0811215612760575f5ffd5b61276986612583565b945060a0601f198201121561277c575f5ffd5b5060208501925060c08501356001600160401b0381111561279b575f5ffd5b8501601f810187136127ab575f5ffd5b80356001600160401b038111156127c0575f5ffd5b8760208260051b84010111156127d4575f5ffd5b949793965060200194505050565b5f5f604083850312156127f3575f5ffd5b61262f836124d3565b5f61018082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e08301526101008301516101008301526101208301516101208301526101408301516128826101408401826001600160a01b03169052565b506101608301516126ed6101608401826001600160a01b03169052565b5f5f604083850312156128b0575f5ffd5b6128b983612599565b91506128c760208401612599565b90509250929050565b5f602082840312156128e0575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610d5457610d546128e7565b81810381811115610d5457610d546128e7565b634e487b7160e01b5f52603260045260245ffd5b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b818382375f9101908152919050565b5f60208284031215612982575f5ffd5b5051919050565b6001600160401b038281168282160390811115610d5457610d546128e7565b60405161012081016001600160401b03811182821017156129d757634e487b7160e01b5f52604160045260245ffd5b60405290565b5f6101208284031280156129ef575f5ffd5b506129f86129a8565b612a0183612583565b81526020838101359082015260408084013590820152606080840135908201526080808401359082015260a08084013590820152612a4160c08401612583565b60c082015260e08381013590820152610100928301359281019290925250919050565b6001600160401b038181168382160190811115610d5457610d546128e7565b5f60a0828403128015612a94575f5ffd5b5060405160a081016001600160401b0381118282101715612ac357634e487b7160e01b5f52604160045260245ffd5b60405282358152612ad660208401612583565b6020820152612ae760408401612599565b6040820152612af860608401612599565b60608201526080928301359281019290925250919050565b5f60208284031215612b20575f5ffd5b610db182612599565b634e487b7160e01b5f52601260045260245ffd5b5f82612b4b57612b4b612b29565b500690565b8082028115828204841417610d5457610d546128e7565b5f6001600160401b03831680612b7f57612b7f612b29565b806001600160401b0384160491505092915050565b6001600160401b0384168152606060208201525f83518060608401528060208601608085015e5f608082850101526080601f19601f830116840101915050826040830152949350505050565b6001600160f81b031960f886901b1681526001600160c01b031960c085811b8216600184015284901b16600982015281515f908060208501601185015e5f92016011019182525094935050505056f4803e074bd026baaf6ed2e288c9515f68c72fb7216eebdd7cae1718a53ec375",
}

// Rollup is an auto generated Go binding around an Ethereum contract.
type Rollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Rollup) GetABI() abi.ABI {
	return c.abi
}

// NewRollup creates a new instance of Rollup.
func NewRollup() *Rollup {
	parsed, err := RollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address timelock_, uint256[12] initialParams, (uint64,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,bytes32,bytes32) genesis) returns()
func (rollup *Rollup) PackConstructor(token_ common.Address, timelock_ common.Address, initialParams [12]*big.Int, genesis L1CodecBatchHeader) []byte {
	enc, err := rollup.abi.Pack("", token_, timelock_, initialParams, genesis)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackEXITMARGIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9ae9d92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXIT_MARGIN() view returns(uint256)
func (rollup *Rollup) PackEXITMARGIN() []byte {
	enc, err := rollup.abi.Pack("EXIT_MARGIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXITMARGIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9ae9d92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXIT_MARGIN() view returns(uint256)
func (rollup *Rollup) TryPackEXITMARGIN() ([]byte, error) {
	return rollup.abi.Pack("EXIT_MARGIN")
}

// UnpackEXITMARGIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9ae9d92.
//
// Solidity: function EXIT_MARGIN() view returns(uint256)
func (rollup *Rollup) UnpackEXITMARGIN(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("EXIT_MARGIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (rollup *Rollup) PackMAXDURATION() []byte {
	enc, err := rollup.abi.Pack("MAX_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (rollup *Rollup) TryPackMAXDURATION() ([]byte, error) {
	return rollup.abi.Pack("MAX_DURATION")
}

// UnpackMAXDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (rollup *Rollup) UnpackMAXDURATION(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_DURATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXFORCEDTXBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fdc8f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FORCED_TX_BYTES() view returns(uint256)
func (rollup *Rollup) PackMAXFORCEDTXBYTES() []byte {
	enc, err := rollup.abi.Pack("MAX_FORCED_TX_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFORCEDTXBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fdc8f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FORCED_TX_BYTES() view returns(uint256)
func (rollup *Rollup) TryPackMAXFORCEDTXBYTES() ([]byte, error) {
	return rollup.abi.Pack("MAX_FORCED_TX_BYTES")
}

// UnpackMAXFORCEDTXBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fdc8f20.
//
// Solidity: function MAX_FORCED_TX_BYTES() view returns(uint256)
func (rollup *Rollup) UnpackMAXFORCEDTXBYTES(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_FORCED_TX_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f267be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SHARE_BPS() view returns(uint256)
func (rollup *Rollup) PackMAXSHAREBPS() []byte {
	enc, err := rollup.abi.Pack("MAX_SHARE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f267be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SHARE_BPS() view returns(uint256)
func (rollup *Rollup) TryPackMAXSHAREBPS() ([]byte, error) {
	return rollup.abi.Pack("MAX_SHARE_BPS")
}

// UnpackMAXSHAREBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65f267be.
//
// Solidity: function MAX_SHARE_BPS() view returns(uint256)
func (rollup *Rollup) UnpackMAXSHAREBPS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_SHARE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b083bb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_SHARE_BPS() view returns(uint256)
func (rollup *Rollup) PackMINSHAREBPS() []byte {
	enc, err := rollup.abi.Pack("MIN_SHARE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b083bb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_SHARE_BPS() view returns(uint256)
func (rollup *Rollup) TryPackMINSHAREBPS() ([]byte, error) {
	return rollup.abi.Pack("MIN_SHARE_BPS")
}

// UnpackMINSHAREBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b083bb2.
//
// Solidity: function MIN_SHARE_BPS() view returns(uint256)
func (rollup *Rollup) UnpackMINSHAREBPS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MIN_SHARE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNUMPARAMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95a46954.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NUM_PARAMS() view returns(uint8)
func (rollup *Rollup) PackNUMPARAMS() []byte {
	enc, err := rollup.abi.Pack("NUM_PARAMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNUMPARAMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95a46954.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NUM_PARAMS() view returns(uint8)
func (rollup *Rollup) TryPackNUMPARAMS() ([]byte, error) {
	return rollup.abi.Pack("NUM_PARAMS")
}

// UnpackNUMPARAMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95a46954.
//
// Solidity: function NUM_PARAMS() view returns(uint8)
func (rollup *Rollup) UnpackNUMPARAMS(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("NUM_PARAMS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMBASEFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3354ff5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_BASE_FEE() view returns(uint8)
func (rollup *Rollup) PackPARAMBASEFEE() []byte {
	enc, err := rollup.abi.Pack("PARAM_BASE_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMBASEFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3354ff5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_BASE_FEE() view returns(uint8)
func (rollup *Rollup) TryPackPARAMBASEFEE() ([]byte, error) {
	return rollup.abi.Pack("PARAM_BASE_FEE")
}

// UnpackPARAMBASEFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3354ff5.
//
// Solidity: function PARAM_BASE_FEE() view returns(uint8)
func (rollup *Rollup) UnpackPARAMBASEFEE(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_BASE_FEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMBYTEFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2628f7c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_BYTE_FEE() view returns(uint8)
func (rollup *Rollup) PackPARAMBYTEFEE() []byte {
	enc, err := rollup.abi.Pack("PARAM_BYTE_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMBYTEFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2628f7c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_BYTE_FEE() view returns(uint8)
func (rollup *Rollup) TryPackPARAMBYTEFEE() ([]byte, error) {
	return rollup.abi.Pack("PARAM_BYTE_FEE")
}

// UnpackPARAMBYTEFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2628f7c7.
//
// Solidity: function PARAM_BYTE_FEE() view returns(uint8)
func (rollup *Rollup) UnpackPARAMBYTEFEE(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_BYTE_FEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMCHALLENGERSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xceb97f9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_CHALLENGER_SHARE_BPS() view returns(uint8)
func (rollup *Rollup) PackPARAMCHALLENGERSHAREBPS() []byte {
	enc, err := rollup.abi.Pack("PARAM_CHALLENGER_SHARE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMCHALLENGERSHAREBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xceb97f9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_CHALLENGER_SHARE_BPS() view returns(uint8)
func (rollup *Rollup) TryPackPARAMCHALLENGERSHAREBPS() ([]byte, error) {
	return rollup.abi.Pack("PARAM_CHALLENGER_SHARE_BPS")
}

// UnpackPARAMCHALLENGERSHAREBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xceb97f9f.
//
// Solidity: function PARAM_CHALLENGER_SHARE_BPS() view returns(uint8)
func (rollup *Rollup) UnpackPARAMCHALLENGERSHAREBPS(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_CHALLENGER_SHARE_BPS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eb81fe5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_DISPUTE_WINDOW() view returns(uint8)
func (rollup *Rollup) PackPARAMDISPUTEWINDOW() []byte {
	enc, err := rollup.abi.Pack("PARAM_DISPUTE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eb81fe5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_DISPUTE_WINDOW() view returns(uint8)
func (rollup *Rollup) TryPackPARAMDISPUTEWINDOW() ([]byte, error) {
	return rollup.abi.Pack("PARAM_DISPUTE_WINDOW")
}

// UnpackPARAMDISPUTEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3eb81fe5.
//
// Solidity: function PARAM_DISPUTE_WINDOW() view returns(uint8)
func (rollup *Rollup) UnpackPARAMDISPUTEWINDOW(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_DISPUTE_WINDOW", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMGUARDIAN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8df4fa2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_GUARDIAN() view returns(uint8)
func (rollup *Rollup) PackPARAMGUARDIAN() []byte {
	enc, err := rollup.abi.Pack("PARAM_GUARDIAN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMGUARDIAN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8df4fa2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_GUARDIAN() view returns(uint8)
func (rollup *Rollup) TryPackPARAMGUARDIAN() ([]byte, error) {
	return rollup.abi.Pack("PARAM_GUARDIAN")
}

// UnpackPARAMGUARDIAN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8df4fa2.
//
// Solidity: function PARAM_GUARDIAN() view returns(uint8)
func (rollup *Rollup) UnpackPARAMGUARDIAN(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_GUARDIAN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMMAXINCLUSIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c9d6cad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_MAX_INCLUSION_DELAY() view returns(uint8)
func (rollup *Rollup) PackPARAMMAXINCLUSIONDELAY() []byte {
	enc, err := rollup.abi.Pack("PARAM_MAX_INCLUSION_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMMAXINCLUSIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c9d6cad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_MAX_INCLUSION_DELAY() view returns(uint8)
func (rollup *Rollup) TryPackPARAMMAXINCLUSIONDELAY() ([]byte, error) {
	return rollup.abi.Pack("PARAM_MAX_INCLUSION_DELAY")
}

// UnpackPARAMMAXINCLUSIONDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c9d6cad.
//
// Solidity: function PARAM_MAX_INCLUSION_DELAY() view returns(uint8)
func (rollup *Rollup) UnpackPARAMMAXINCLUSIONDELAY(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_MAX_INCLUSION_DELAY", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMMAXMACSPERRECEIPT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a628cec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_MAX_MACS_PER_RECEIPT() view returns(uint8)
func (rollup *Rollup) PackPARAMMAXMACSPERRECEIPT() []byte {
	enc, err := rollup.abi.Pack("PARAM_MAX_MACS_PER_RECEIPT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMMAXMACSPERRECEIPT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a628cec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_MAX_MACS_PER_RECEIPT() view returns(uint8)
func (rollup *Rollup) TryPackPARAMMAXMACSPERRECEIPT() ([]byte, error) {
	return rollup.abi.Pack("PARAM_MAX_MACS_PER_RECEIPT")
}

// UnpackPARAMMAXMACSPERRECEIPT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a628cec.
//
// Solidity: function PARAM_MAX_MACS_PER_RECEIPT() view returns(uint8)
func (rollup *Rollup) UnpackPARAMMAXMACSPERRECEIPT(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_MAX_MACS_PER_RECEIPT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMMINSLASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf99e14da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_MIN_SLASH() view returns(uint8)
func (rollup *Rollup) PackPARAMMINSLASH() []byte {
	enc, err := rollup.abi.Pack("PARAM_MIN_SLASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMMINSLASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf99e14da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_MIN_SLASH() view returns(uint8)
func (rollup *Rollup) TryPackPARAMMINSLASH() ([]byte, error) {
	return rollup.abi.Pack("PARAM_MIN_SLASH")
}

// UnpackPARAMMINSLASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf99e14da.
//
// Solidity: function PARAM_MIN_SLASH() view returns(uint8)
func (rollup *Rollup) UnpackPARAMMINSLASH(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_MIN_SLASH", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMREVEALPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65827cf7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_REVEAL_PERIOD() view returns(uint8)
func (rollup *Rollup) PackPARAMREVEALPERIOD() []byte {
	enc, err := rollup.abi.Pack("PARAM_REVEAL_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMREVEALPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65827cf7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_REVEAL_PERIOD() view returns(uint8)
func (rollup *Rollup) TryPackPARAMREVEALPERIOD() ([]byte, error) {
	return rollup.abi.Pack("PARAM_REVEAL_PERIOD")
}

// UnpackPARAMREVEALPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65827cf7.
//
// Solidity: function PARAM_REVEAL_PERIOD() view returns(uint8)
func (rollup *Rollup) UnpackPARAMREVEALPERIOD(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_REVEAL_PERIOD", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMSEQUENCER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cdb9253.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_SEQUENCER() view returns(uint8)
func (rollup *Rollup) PackPARAMSEQUENCER() []byte {
	enc, err := rollup.abi.Pack("PARAM_SEQUENCER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMSEQUENCER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cdb9253.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_SEQUENCER() view returns(uint8)
func (rollup *Rollup) TryPackPARAMSEQUENCER() ([]byte, error) {
	return rollup.abi.Pack("PARAM_SEQUENCER")
}

// UnpackPARAMSEQUENCER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cdb9253.
//
// Solidity: function PARAM_SEQUENCER() view returns(uint8)
func (rollup *Rollup) UnpackPARAMSEQUENCER(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_SEQUENCER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMSLASHMULTIPLIER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3083cb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_SLASH_MULTIPLIER() view returns(uint8)
func (rollup *Rollup) PackPARAMSLASHMULTIPLIER() []byte {
	enc, err := rollup.abi.Pack("PARAM_SLASH_MULTIPLIER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMSLASHMULTIPLIER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3083cb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_SLASH_MULTIPLIER() view returns(uint8)
func (rollup *Rollup) TryPackPARAMSLASHMULTIPLIER() ([]byte, error) {
	return rollup.abi.Pack("PARAM_SLASH_MULTIPLIER")
}

// UnpackPARAMSLASHMULTIPLIER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3083cb7.
//
// Solidity: function PARAM_SLASH_MULTIPLIER() view returns(uint8)
func (rollup *Rollup) UnpackPARAMSLASHMULTIPLIER(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_SLASH_MULTIPLIER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPARAMSTORAGEBYTEFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e9896ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PARAM_STORAGE_BYTE_FEE() view returns(uint8)
func (rollup *Rollup) PackPARAMSTORAGEBYTEFEE() []byte {
	enc, err := rollup.abi.Pack("PARAM_STORAGE_BYTE_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPARAMSTORAGEBYTEFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e9896ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PARAM_STORAGE_BYTE_FEE() view returns(uint8)
func (rollup *Rollup) TryPackPARAMSTORAGEBYTEFEE() ([]byte, error) {
	return rollup.abi.Pack("PARAM_STORAGE_BYTE_FEE")
}

// UnpackPARAMSTORAGEBYTEFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e9896ee.
//
// Solidity: function PARAM_STORAGE_BYTE_FEE() view returns(uint8)
func (rollup *Rollup) UnpackPARAMSTORAGEBYTEFEE(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("PARAM_STORAGE_BYTE_FEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAccountedEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05a36a85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountedEscrow() view returns(uint256)
func (rollup *Rollup) PackAccountedEscrow() []byte {
	enc, err := rollup.abi.Pack("accountedEscrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountedEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05a36a85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountedEscrow() view returns(uint256)
func (rollup *Rollup) TryPackAccountedEscrow() ([]byte, error) {
	return rollup.abi.Pack("accountedEscrow")
}

// UnpackAccountedEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05a36a85.
//
// Solidity: function accountedEscrow() view returns(uint256)
func (rollup *Rollup) UnpackAccountedEscrow(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("accountedEscrow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x857553cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batch(uint64 index) view returns((bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64))
func (rollup *Rollup) PackBatch(index uint64) []byte {
	enc, err := rollup.abi.Pack("batch", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x857553cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batch(uint64 index) view returns((bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64))
func (rollup *Rollup) TryPackBatch(index uint64) ([]byte, error) {
	return rollup.abi.Pack("batch", index)
}

// UnpackBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x857553cc.
//
// Solidity: function batch(uint64 index) view returns((bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64))
func (rollup *Rollup) UnpackBatch(data []byte) (RollupBatch, error) {
	out, err := rollup.abi.Unpack("batch", data)
	if err != nil {
		return *new(RollupBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupBatch)).(*RollupBatch)
	return out0, nil
}

// PackBonds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x135c404e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bonds() view returns(address)
func (rollup *Rollup) PackBonds() []byte {
	enc, err := rollup.abi.Pack("bonds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBonds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x135c404e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bonds() view returns(address)
func (rollup *Rollup) TryPackBonds() ([]byte, error) {
	return rollup.abi.Pack("bonds")
}

// UnpackBonds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x135c404e.
//
// Solidity: function bonds() view returns(address)
func (rollup *Rollup) UnpackBonds(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("bonds", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address to, uint256 amount) returns(uint64 messageIndex)
func (rollup *Rollup) PackDeposit(to common.Address, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("deposit", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address to, uint256 amount) returns(uint64 messageIndex)
func (rollup *Rollup) TryPackDeposit(to common.Address, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("deposit", to, amount)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47e7ef24.
//
// Solidity: function deposit(address to, uint256 amount) returns(uint64 messageIndex)
func (rollup *Rollup) UnpackDeposit(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("deposit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDisputeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ae76576.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeInfo(uint64 index, bytes32 headerHash) view returns(bool pending, bytes32 receiptsRoot, uint64 windowEnd, uint64 revealEnd)
func (rollup *Rollup) PackDisputeInfo(index uint64, headerHash [32]byte) []byte {
	enc, err := rollup.abi.Pack("disputeInfo", index, headerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ae76576.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeInfo(uint64 index, bytes32 headerHash) view returns(bool pending, bytes32 receiptsRoot, uint64 windowEnd, uint64 revealEnd)
func (rollup *Rollup) TryPackDisputeInfo(index uint64, headerHash [32]byte) ([]byte, error) {
	return rollup.abi.Pack("disputeInfo", index, headerHash)
}

// DisputeInfoOutput serves as a container for the return parameters of contract
// method DisputeInfo.
type DisputeInfoOutput struct {
	Pending      bool
	ReceiptsRoot [32]byte
	WindowEnd    uint64
	RevealEnd    uint64
}

// UnpackDisputeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ae76576.
//
// Solidity: function disputeInfo(uint64 index, bytes32 headerHash) view returns(bool pending, bytes32 receiptsRoot, uint64 windowEnd, uint64 revealEnd)
func (rollup *Rollup) UnpackDisputeInfo(data []byte) (DisputeInfoOutput, error) {
	out, err := rollup.abi.Unpack("disputeInfo", data)
	outstruct := new(DisputeInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pending = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.ReceiptsRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.WindowEnd = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.RevealEnd = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c5b252.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputes() view returns(address)
func (rollup *Rollup) PackDisputes() []byte {
	enc, err := rollup.abi.Pack("disputes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c5b252.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputes() view returns(address)
func (rollup *Rollup) TryPackDisputes() ([]byte, error) {
	return rollup.abi.Pack("disputes")
}

// UnpackDisputes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4c5b252.
//
// Solidity: function disputes() view returns(address)
func (rollup *Rollup) UnpackDisputes(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("disputes", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e29848b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitWindow() view returns(uint256)
func (rollup *Rollup) PackExitWindow() []byte {
	enc, err := rollup.abi.Pack("exitWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e29848b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitWindow() view returns(uint256)
func (rollup *Rollup) TryPackExitWindow() ([]byte, error) {
	return rollup.abi.Pack("exitWindow")
}

// UnpackExitWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e29848b.
//
// Solidity: function exitWindow() view returns(uint256)
func (rollup *Rollup) UnpackExitWindow(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("exitWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbacfb323.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint64 index, bytes32 headerHash) returns()
func (rollup *Rollup) PackFinalize(index uint64, headerHash [32]byte) []byte {
	enc, err := rollup.abi.Pack("finalize", index, headerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbacfb323.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint64 index, bytes32 headerHash) returns()
func (rollup *Rollup) TryPackFinalize(index uint64, headerHash [32]byte) ([]byte, error) {
	return rollup.abi.Pack("finalize", index, headerHash)
}

// PackFinalizedMessages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5124e169.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizedMessages() view returns(uint64)
func (rollup *Rollup) PackFinalizedMessages() []byte {
	enc, err := rollup.abi.Pack("finalizedMessages")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizedMessages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5124e169.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizedMessages() view returns(uint64)
func (rollup *Rollup) TryPackFinalizedMessages() ([]byte, error) {
	return rollup.abi.Pack("finalizedMessages")
}

// UnpackFinalizedMessages is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5124e169.
//
// Solidity: function finalizedMessages() view returns(uint64)
func (rollup *Rollup) UnpackFinalizedMessages(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("finalizedMessages", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForceInclude is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0802e78f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceInclude(bytes l2tx) returns(uint64 messageIndex)
func (rollup *Rollup) PackForceInclude(l2tx []byte) []byte {
	enc, err := rollup.abi.Pack("forceInclude", l2tx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceInclude is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0802e78f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceInclude(bytes l2tx) returns(uint64 messageIndex)
func (rollup *Rollup) TryPackForceInclude(l2tx []byte) ([]byte, error) {
	return rollup.abi.Pack("forceInclude", l2tx)
}

// UnpackForceInclude is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0802e78f.
//
// Solidity: function forceInclude(bytes l2tx) returns(uint64 messageIndex)
func (rollup *Rollup) UnpackForceInclude(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("forceInclude", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardian() view returns(address)
func (rollup *Rollup) PackGuardian() []byte {
	enc, err := rollup.abi.Pack("guardian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardian() view returns(address)
func (rollup *Rollup) TryPackGuardian() ([]byte, error) {
	return rollup.abi.Pack("guardian")
}

// UnpackGuardian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (rollup *Rollup) UnpackGuardian(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("guardian", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59dbd7e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPending(uint64 index, bytes32 headerHash) view returns(bool)
func (rollup *Rollup) PackIsPending(index uint64, headerHash [32]byte) []byte {
	enc, err := rollup.abi.Pack("isPending", index, headerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59dbd7e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPending(uint64 index, bytes32 headerHash) view returns(bool)
func (rollup *Rollup) TryPackIsPending(index uint64, headerHash [32]byte) ([]byte, error) {
	return rollup.abi.Pack("isPending", index, headerHash)
}

// UnpackIsPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59dbd7e4.
//
// Solidity: function isPending(uint64 index, bytes32 headerHash) view returns(bool)
func (rollup *Rollup) UnpackIsPending(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("isPending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5726c2bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastFinalized() view returns(uint64)
func (rollup *Rollup) PackLastFinalized() []byte {
	enc, err := rollup.abi.Pack("lastFinalized")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5726c2bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastFinalized() view returns(uint64)
func (rollup *Rollup) TryPackLastFinalized() ([]byte, error) {
	return rollup.abi.Pack("lastFinalized")
}

// UnpackLastFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5726c2bb.
//
// Solidity: function lastFinalized() view returns(uint64)
func (rollup *Rollup) UnpackLastFinalized(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("lastFinalized", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMessageCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dbcc8d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function messageCount() view returns(uint64)
func (rollup *Rollup) PackMessageCount() []byte {
	enc, err := rollup.abi.Pack("messageCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMessageCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dbcc8d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function messageCount() view returns(uint64)
func (rollup *Rollup) TryPackMessageCount() ([]byte, error) {
	return rollup.abi.Pack("messageCount")
}

// UnpackMessageCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dbcc8d1.
//
// Solidity: function messageCount() view returns(uint64)
func (rollup *Rollup) UnpackMessageCount(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("messageCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMessageTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc541a4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function messageTimestamp(uint64 index) view returns(uint64)
func (rollup *Rollup) PackMessageTimestamp(index uint64) []byte {
	enc, err := rollup.abi.Pack("messageTimestamp", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMessageTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc541a4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function messageTimestamp(uint64 index) view returns(uint64)
func (rollup *Rollup) TryPackMessageTimestamp(index uint64) ([]byte, error) {
	return rollup.abi.Pack("messageTimestamp", index)
}

// UnpackMessageTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc541a4d.
//
// Solidity: function messageTimestamp(uint64 index) view returns(uint64)
func (rollup *Rollup) UnpackMessageTimestamp(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("messageTimestamp", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNextBatchIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e4fa700.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextBatchIndex() view returns(uint64)
func (rollup *Rollup) PackNextBatchIndex() []byte {
	enc, err := rollup.abi.Pack("nextBatchIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextBatchIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e4fa700.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextBatchIndex() view returns(uint64)
func (rollup *Rollup) TryPackNextBatchIndex() ([]byte, error) {
	return rollup.abi.Pack("nextBatchIndex")
}

// UnpackNextBatchIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e4fa700.
//
// Solidity: function nextBatchIndex() view returns(uint64)
func (rollup *Rollup) UnpackNextBatchIndex(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("nextBatchIndex", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackParam is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f386bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function param(uint8 id) view returns(uint256)
func (rollup *Rollup) PackParam(id uint8) []byte {
	enc, err := rollup.abi.Pack("param", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParam is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f386bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function param(uint8 id) view returns(uint256)
func (rollup *Rollup) TryPackParam(id uint8) ([]byte, error) {
	return rollup.abi.Pack("param", id)
}

// UnpackParam is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f386bc.
//
// Solidity: function param(uint8 id) view returns(uint256)
func (rollup *Rollup) UnpackParam(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("param", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,address,address) p)
func (rollup *Rollup) PackParams() []byte {
	enc, err := rollup.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,address,address) p)
func (rollup *Rollup) TryPackParams() ([]byte, error) {
	return rollup.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,address,address) p)
func (rollup *Rollup) UnpackParams(data []byte) (RollupParams, error) {
	out, err := rollup.abi.Unpack("params", data)
	if err != nil {
		return *new(RollupParams), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupParams)).(*RollupParams)
	return out0, nil
}

// PackQueueBondChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4c043.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueBondChange(address provider, uint256 bond) returns(uint64)
func (rollup *Rollup) PackQueueBondChange(provider common.Address, bond *big.Int) []byte {
	enc, err := rollup.abi.Pack("queueBondChange", provider, bond)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueBondChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4c043.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueBondChange(address provider, uint256 bond) returns(uint64)
func (rollup *Rollup) TryPackQueueBondChange(provider common.Address, bond *big.Int) ([]byte, error) {
	return rollup.abi.Pack("queueBondChange", provider, bond)
}

// UnpackQueueBondChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8f4c043.
//
// Solidity: function queueBondChange(address provider, uint256 bond) returns(uint64)
func (rollup *Rollup) UnpackQueueBondChange(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("queueBondChange", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRecordSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29eaddc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordSlash(bytes32 receiptId, uint64 batchIndex, bytes32 batchHeaderHash, address provider, address buyer, uint256 slashAmount, uint256 compensation) returns(uint64)
func (rollup *Rollup) PackRecordSlash(receiptId [32]byte, batchIndex uint64, batchHeaderHash [32]byte, provider common.Address, buyer common.Address, slashAmount *big.Int, compensation *big.Int) []byte {
	enc, err := rollup.abi.Pack("recordSlash", receiptId, batchIndex, batchHeaderHash, provider, buyer, slashAmount, compensation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29eaddc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordSlash(bytes32 receiptId, uint64 batchIndex, bytes32 batchHeaderHash, address provider, address buyer, uint256 slashAmount, uint256 compensation) returns(uint64)
func (rollup *Rollup) TryPackRecordSlash(receiptId [32]byte, batchIndex uint64, batchHeaderHash [32]byte, provider common.Address, buyer common.Address, slashAmount *big.Int, compensation *big.Int) ([]byte, error) {
	return rollup.abi.Pack("recordSlash", receiptId, batchIndex, batchHeaderHash, provider, buyer, slashAmount, compensation)
}

// UnpackRecordSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29eaddc7.
//
// Solidity: function recordSlash(bytes32 receiptId, uint64 batchIndex, bytes32 batchHeaderHash, address provider, address buyer, uint256 slashAmount, uint256 compensation) returns(uint64)
func (rollup *Rollup) UnpackRecordSlash(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("recordSlash", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRejectBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43868b34.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectBatch(uint64 index, bytes32 headerHash) returns()
func (rollup *Rollup) PackRejectBatch(index uint64, headerHash [32]byte) []byte {
	enc, err := rollup.abi.Pack("rejectBatch", index, headerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43868b34.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectBatch(uint64 index, bytes32 headerHash) returns()
func (rollup *Rollup) TryPackRejectBatch(index uint64, headerHash [32]byte) ([]byte, error) {
	return rollup.abi.Pack("rejectBatch", index, headerHash)
}

// PackRejectedHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf63c085b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectedHeader(bytes32 ) view returns(bool)
func (rollup *Rollup) PackRejectedHeader(arg0 [32]byte) []byte {
	enc, err := rollup.abi.Pack("rejectedHeader", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectedHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf63c085b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectedHeader(bytes32 ) view returns(bool)
func (rollup *Rollup) TryPackRejectedHeader(arg0 [32]byte) ([]byte, error) {
	return rollup.abi.Pack("rejectedHeader", arg0)
}

// UnpackRejectedHeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf63c085b.
//
// Solidity: function rejectedHeader(bytes32 ) view returns(bool)
func (rollup *Rollup) UnpackRejectedHeader(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("rejectedHeader", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRollingHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94873897.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollingHash(uint64 n) view returns(bytes32)
func (rollup *Rollup) PackRollingHash(n uint64) []byte {
	enc, err := rollup.abi.Pack("rollingHash", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollingHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94873897.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollingHash(uint64 n) view returns(bytes32)
func (rollup *Rollup) TryPackRollingHash(n uint64) ([]byte, error) {
	return rollup.abi.Pack("rollingHash", n)
}

// UnpackRollingHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94873897.
//
// Solidity: function rollingHash(uint64 n) view returns(bytes32)
func (rollup *Rollup) UnpackRollingHash(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("rollingHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) PackSequencer() []byte {
	enc, err := rollup.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) TryPackSequencer() ([]byte, error) {
	return rollup.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd74a5d00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setModules(address bonds_, address disputes_) returns()
func (rollup *Rollup) PackSetModules(bonds common.Address, disputes common.Address) []byte {
	enc, err := rollup.abi.Pack("setModules", bonds, disputes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd74a5d00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setModules(address bonds_, address disputes_) returns()
func (rollup *Rollup) TryPackSetModules(bonds common.Address, disputes common.Address) ([]byte, error) {
	return rollup.abi.Pack("setModules", bonds, disputes)
}

// PackSetParam is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1cca2b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParam(uint8 id, uint256 value) returns()
func (rollup *Rollup) PackSetParam(id uint8, value *big.Int) []byte {
	enc, err := rollup.abi.Pack("setParam", id, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParam is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1cca2b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParam(uint8 id, uint256 value) returns()
func (rollup *Rollup) TryPackSetParam(id uint8, value *big.Int) ([]byte, error) {
	return rollup.abi.Pack("setParam", id, value)
}

// PackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb39fc01e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBatch((uint64,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,bytes32,bytes32) h, bytes body) returns()
func (rollup *Rollup) PackSubmitBatch(h L1CodecBatchHeader, body []byte) []byte {
	enc, err := rollup.abi.Pack("submitBatch", h, body)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb39fc01e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBatch((uint64,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,bytes32,bytes32) h, bytes body) returns()
func (rollup *Rollup) TryPackSubmitBatch(h L1CodecBatchHeader, body []byte) ([]byte, error) {
	return rollup.abi.Pack("submitBatch", h, body)
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (rollup *Rollup) PackTimelock() []byte {
	enc, err := rollup.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (rollup *Rollup) TryPackTimelock() ([]byte, error) {
	return rollup.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (rollup *Rollup) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (rollup *Rollup) PackToken() []byte {
	enc, err := rollup.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (rollup *Rollup) TryPackToken() ([]byte, error) {
	return rollup.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (rollup *Rollup) UnpackToken(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalCompensations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x283605ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCompensations() view returns(uint256)
func (rollup *Rollup) PackTotalCompensations() []byte {
	enc, err := rollup.abi.Pack("totalCompensations")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalCompensations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x283605ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalCompensations() view returns(uint256)
func (rollup *Rollup) TryPackTotalCompensations() ([]byte, error) {
	return rollup.abi.Pack("totalCompensations")
}

// UnpackTotalCompensations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x283605ec.
//
// Solidity: function totalCompensations() view returns(uint256)
func (rollup *Rollup) UnpackTotalCompensations(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("totalCompensations", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalDeposits() view returns(uint256)
func (rollup *Rollup) PackTotalDeposits() []byte {
	enc, err := rollup.abi.Pack("totalDeposits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalDeposits() view returns(uint256)
func (rollup *Rollup) TryPackTotalDeposits() ([]byte, error) {
	return rollup.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (rollup *Rollup) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("totalDeposits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60464627.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalWithdrawals() view returns(uint256)
func (rollup *Rollup) PackTotalWithdrawals() []byte {
	enc, err := rollup.abi.Pack("totalWithdrawals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60464627.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalWithdrawals() view returns(uint256)
func (rollup *Rollup) TryPackTotalWithdrawals() ([]byte, error) {
	return rollup.abi.Pack("totalWithdrawals")
}

// UnpackTotalWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60464627.
//
// Solidity: function totalWithdrawals() view returns(uint256)
func (rollup *Rollup) UnpackTotalWithdrawals(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("totalWithdrawals", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbafe6c06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint64 batchIndex, (uint256,uint64,address,address,uint256) w, bytes32[] proof) returns()
func (rollup *Rollup) PackWithdraw(batchIndex uint64, w L1CodecWithdrawalLeaf, proof [][32]byte) []byte {
	enc, err := rollup.abi.Pack("withdraw", batchIndex, w, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbafe6c06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint64 batchIndex, (uint256,uint64,address,address,uint256) w, bytes32[] proof) returns()
func (rollup *Rollup) TryPackWithdraw(batchIndex uint64, w L1CodecWithdrawalLeaf, proof [][32]byte) ([]byte, error) {
	return rollup.abi.Pack("withdraw", batchIndex, w, proof)
}

// PackWithdrawalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e5e9161.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalClaimed(uint64 ) view returns(bool)
func (rollup *Rollup) PackWithdrawalClaimed(arg0 uint64) []byte {
	enc, err := rollup.abi.Pack("withdrawalClaimed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e5e9161.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalClaimed(uint64 ) view returns(bool)
func (rollup *Rollup) TryPackWithdrawalClaimed(arg0 uint64) ([]byte, error) {
	return rollup.abi.Pack("withdrawalClaimed", arg0)
}

// UnpackWithdrawalClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e5e9161.
//
// Solidity: function withdrawalClaimed(uint64 ) view returns(bool)
func (rollup *Rollup) UnpackWithdrawalClaimed(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("withdrawalClaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// RollupBatchFinalized represents a BatchFinalized event raised by the Rollup contract.
type RollupBatchFinalized struct {
	Index      uint64
	HeaderHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBatchFinalizedEventName = "BatchFinalized"

// ContractEventName returns the user-defined event name.
func (RollupBatchFinalized) ContractEventName() string {
	return RollupBatchFinalizedEventName
}

// UnpackBatchFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchFinalized(uint64 indexed index, bytes32 indexed headerHash)
func (rollup *Rollup) UnpackBatchFinalizedEvent(log *types.Log) (*RollupBatchFinalized, error) {
	event := "BatchFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchFinalized)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBatchSubmitted represents a BatchSubmitted event raised by the Rollup contract.
type RollupBatchSubmitted struct {
	Index            uint64
	HeaderHash       [32]byte
	MessagesConsumed uint64
	WindowEnd        uint64
	RevealEnd        uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const RollupBatchSubmittedEventName = "BatchSubmitted"

// ContractEventName returns the user-defined event name.
func (RollupBatchSubmitted) ContractEventName() string {
	return RollupBatchSubmittedEventName
}

// UnpackBatchSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSubmitted(uint64 indexed index, bytes32 indexed headerHash, uint64 messagesConsumed, uint64 windowEnd, uint64 revealEnd)
func (rollup *Rollup) UnpackBatchSubmittedEvent(log *types.Log) (*RollupBatchSubmitted, error) {
	event := "BatchSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchSubmitted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBatchesRejected represents a BatchesRejected event raised by the Rollup contract.
type RollupBatchesRejected struct {
	FromIndex  uint64
	ToIndex    uint64
	HeaderHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBatchesRejectedEventName = "BatchesRejected"

// ContractEventName returns the user-defined event name.
func (RollupBatchesRejected) ContractEventName() string {
	return RollupBatchesRejectedEventName
}

// UnpackBatchesRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchesRejected(uint64 indexed fromIndex, uint64 toIndex, bytes32 headerHash)
func (rollup *Rollup) UnpackBatchesRejectedEvent(log *types.Log) (*RollupBatchesRejected, error) {
	event := "BatchesRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchesRejected)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupCompensationReceived represents a CompensationReceived event raised by the Rollup contract.
type RollupCompensationReceived struct {
	ReceiptId [32]byte
	Buyer     common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupCompensationReceivedEventName = "CompensationReceived"

// ContractEventName returns the user-defined event name.
func (RollupCompensationReceived) ContractEventName() string {
	return RollupCompensationReceivedEventName
}

// UnpackCompensationReceivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CompensationReceived(bytes32 indexed receiptId, address indexed buyer, uint256 amount)
func (rollup *Rollup) UnpackCompensationReceivedEvent(log *types.Log) (*RollupCompensationReceived, error) {
	event := "CompensationReceived"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupCompensationReceived)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupDeposited represents a Deposited event raised by the Rollup contract.
type RollupDeposited struct {
	From         common.Address
	To           common.Address
	Amount       *big.Int
	MessageIndex uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const RollupDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (RollupDeposited) ContractEventName() string {
	return RollupDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed from, address indexed to, uint256 amount, uint64 messageIndex)
func (rollup *Rollup) UnpackDepositedEvent(log *types.Log) (*RollupDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupDeposited)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupMessageQueued represents a MessageQueued event raised by the Rollup contract.
type RollupMessageQueued struct {
	Index       uint64
	Kind        uint8
	Timestamp   uint64
	Payload     []byte
	RollingHash [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupMessageQueuedEventName = "MessageQueued"

// ContractEventName returns the user-defined event name.
func (RollupMessageQueued) ContractEventName() string {
	return RollupMessageQueuedEventName
}

// UnpackMessageQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MessageQueued(uint64 indexed index, uint8 indexed kind, uint64 timestamp, bytes payload, bytes32 rollingHash)
func (rollup *Rollup) UnpackMessageQueuedEvent(log *types.Log) (*RollupMessageQueued, error) {
	event := "MessageQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupMessageQueued)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupModulesSet represents a ModulesSet event raised by the Rollup contract.
type RollupModulesSet struct {
	Bonds    common.Address
	Disputes common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupModulesSetEventName = "ModulesSet"

// ContractEventName returns the user-defined event name.
func (RollupModulesSet) ContractEventName() string {
	return RollupModulesSetEventName
}

// UnpackModulesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModulesSet(address bonds, address disputes)
func (rollup *Rollup) UnpackModulesSetEvent(log *types.Log) (*RollupModulesSet, error) {
	event := "ModulesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupModulesSet)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupParamChanged represents a ParamChanged event raised by the Rollup contract.
type RollupParamChanged struct {
	Id       uint8
	OldValue *big.Int
	NewValue *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupParamChangedEventName = "ParamChanged"

// ContractEventName returns the user-defined event name.
func (RollupParamChanged) ContractEventName() string {
	return RollupParamChangedEventName
}

// UnpackParamChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamChanged(uint8 indexed id, uint256 oldValue, uint256 newValue)
func (rollup *Rollup) UnpackParamChangedEvent(log *types.Log) (*RollupParamChanged, error) {
	event := "ParamChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupParamChanged)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupTxForced represents a TxForced event raised by the Rollup contract.
type RollupTxForced struct {
	MessageIndex uint64
	Submitter    common.Address
	TxHash       [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const RollupTxForcedEventName = "TxForced"

// ContractEventName returns the user-defined event name.
func (RollupTxForced) ContractEventName() string {
	return RollupTxForcedEventName
}

// UnpackTxForcedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TxForced(uint64 indexed messageIndex, address indexed submitter, bytes32 txHash)
func (rollup *Rollup) UnpackTxForcedEvent(log *types.Log) (*RollupTxForced, error) {
	event := "TxForced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupTxForced)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupWithdrawn represents a Withdrawn event raised by the Rollup contract.
type RollupWithdrawn struct {
	WithdrawalId uint64
	BatchIndex   uint64
	To           common.Address
	Amount       *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const RollupWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (RollupWithdrawn) ContractEventName() string {
	return RollupWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(uint64 indexed withdrawalId, uint64 indexed batchIndex, address indexed to, uint256 amount)
func (rollup *Rollup) UnpackWithdrawnEvent(log *types.Log) (*RollupWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupWithdrawn)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rollup *Rollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollup.abi.Errors["AlreadyWired"].ID.Bytes()[:4]) {
		return rollup.UnpackAlreadyWiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadForcedTx"].ID.Bytes()[:4]) {
		return rollup.UnpackBadForcedTxError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadGenesis"].ID.Bytes()[:4]) {
		return rollup.UnpackBadGenesisError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadMessagesConsumed"].ID.Bytes()[:4]) {
		return rollup.UnpackBadMessagesConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BatchFinal"].ID.Bytes()[:4]) {
		return rollup.UnpackBatchFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BatchNotFinal"].ID.Bytes()[:4]) {
		return rollup.UnpackBatchNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BodyHashMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackBodyHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DisputePeriodOpen"].ID.Bytes()[:4]) {
		return rollup.UnpackDisputePeriodOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["HeaderRejected"].ID.Bytes()[:4]) {
		return rollup.UnpackHeaderRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidParam"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["MessageIndexOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackMessageIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["MessageOverdue"].ID.Bytes()[:4]) {
		return rollup.UnpackMessageOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotBonds"].ID.Bytes()[:4]) {
		return rollup.UnpackNotBondsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotDisputes"].ID.Bytes()[:4]) {
		return rollup.UnpackNotDisputesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotGuardian"].ID.Bytes()[:4]) {
		return rollup.UnpackNotGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotNextToFinalize"].ID.Bytes()[:4]) {
		return rollup.UnpackNotNextToFinalizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotSequencer"].ID.Bytes()[:4]) {
		return rollup.UnpackNotSequencerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotTimelock"].ID.Bytes()[:4]) {
		return rollup.UnpackNotTimelockError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotWirer"].ID.Bytes()[:4]) {
		return rollup.UnpackNotWirerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return rollup.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rollup.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TimelockTooShort"].ID.Bytes()[:4]) {
		return rollup.UnpackTimelockTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownParam"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WithdrawalClaimed"].ID.Bytes()[:4]) {
		return rollup.UnpackWithdrawalClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongBatchIndex"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongBatchIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongParentHash"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongParentHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongPreStateRoot"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongPreStateRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongRollingHash"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongRollingHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupAlreadyWired represents a AlreadyWired error raised by the Rollup contract.
type RollupAlreadyWired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyWired()
func RollupAlreadyWiredErrorID() common.Hash {
	return common.HexToHash("0xda7c0e5573836e5de04c151bb593c62b12b2ef4d7b9cf1fb759fa26f29c1c6ef")
}

// UnpackAlreadyWiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyWired()
func (rollup *Rollup) UnpackAlreadyWiredError(raw []byte) (*RollupAlreadyWired, error) {
	out := new(RollupAlreadyWired)
	if err := rollup.abi.UnpackIntoInterface(out, "AlreadyWired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadForcedTx represents a BadForcedTx error raised by the Rollup contract.
type RollupBadForcedTx struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadForcedTx()
func RollupBadForcedTxErrorID() common.Hash {
	return common.HexToHash("0x4cac23e02ade57eab8c94ce98bf288845a12434c3d9a9ab91c21c52c0b28e37f")
}

// UnpackBadForcedTxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadForcedTx()
func (rollup *Rollup) UnpackBadForcedTxError(raw []byte) (*RollupBadForcedTx, error) {
	out := new(RollupBadForcedTx)
	if err := rollup.abi.UnpackIntoInterface(out, "BadForcedTx", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadGenesis represents a BadGenesis error raised by the Rollup contract.
type RollupBadGenesis struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadGenesis()
func RollupBadGenesisErrorID() common.Hash {
	return common.HexToHash("0x0dc1b57a1770798c11343a479603c9b9abe78f658c2c2761016c801a466049ee")
}

// UnpackBadGenesisError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadGenesis()
func (rollup *Rollup) UnpackBadGenesisError(raw []byte) (*RollupBadGenesis, error) {
	out := new(RollupBadGenesis)
	if err := rollup.abi.UnpackIntoInterface(out, "BadGenesis", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadMessagesConsumed represents a BadMessagesConsumed error raised by the Rollup contract.
type RollupBadMessagesConsumed struct {
	ParentConsumed uint64
	QueueLength    uint64
	Got            uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMessagesConsumed(uint64 parentConsumed, uint64 queueLength, uint64 got)
func RollupBadMessagesConsumedErrorID() common.Hash {
	return common.HexToHash("0x4c69574bacdc93958a6c379e9d5f4c40abcdc017a8180767bf3b57530bbea7bb")
}

// UnpackBadMessagesConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMessagesConsumed(uint64 parentConsumed, uint64 queueLength, uint64 got)
func (rollup *Rollup) UnpackBadMessagesConsumedError(raw []byte) (*RollupBadMessagesConsumed, error) {
	out := new(RollupBadMessagesConsumed)
	if err := rollup.abi.UnpackIntoInterface(out, "BadMessagesConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBatchFinal represents a BatchFinal error raised by the Rollup contract.
type RollupBatchFinal struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchFinal(uint64 index)
func RollupBatchFinalErrorID() common.Hash {
	return common.HexToHash("0xd243d190fda7a795e2d8fbad6b66df5b195a529a7b5840addf552e7f47b53900")
}

// UnpackBatchFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchFinal(uint64 index)
func (rollup *Rollup) UnpackBatchFinalError(raw []byte) (*RollupBatchFinal, error) {
	out := new(RollupBatchFinal)
	if err := rollup.abi.UnpackIntoInterface(out, "BatchFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBatchNotFinal represents a BatchNotFinal error raised by the Rollup contract.
type RollupBatchNotFinal struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFinal(uint64 index)
func RollupBatchNotFinalErrorID() common.Hash {
	return common.HexToHash("0x37f3119f95ae604fb645aed73f082e7d65168f0bbbd0579236bc31f302002005")
}

// UnpackBatchNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFinal(uint64 index)
func (rollup *Rollup) UnpackBatchNotFinalError(raw []byte) (*RollupBatchNotFinal, error) {
	out := new(RollupBatchNotFinal)
	if err := rollup.abi.UnpackIntoInterface(out, "BatchNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBodyHashMismatch represents a BodyHashMismatch error raised by the Rollup contract.
type RollupBodyHashMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BodyHashMismatch()
func RollupBodyHashMismatchErrorID() common.Hash {
	return common.HexToHash("0x20a5f808148d8804fb7dd0f917deac79cd65a6d4bf9324712063a2baf7bbddca")
}

// UnpackBodyHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BodyHashMismatch()
func (rollup *Rollup) UnpackBodyHashMismatchError(raw []byte) (*RollupBodyHashMismatch, error) {
	out := new(RollupBodyHashMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "BodyHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDisputePeriodOpen represents a DisputePeriodOpen error raised by the Rollup contract.
type RollupDisputePeriodOpen struct {
	RevealEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputePeriodOpen(uint64 revealEnd)
func RollupDisputePeriodOpenErrorID() common.Hash {
	return common.HexToHash("0x043f4c6d3c1a41eb4656bdd816f81396594e5fb09896f36848eebd1ab94ac3b1")
}

// UnpackDisputePeriodOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputePeriodOpen(uint64 revealEnd)
func (rollup *Rollup) UnpackDisputePeriodOpenError(raw []byte) (*RollupDisputePeriodOpen, error) {
	out := new(RollupDisputePeriodOpen)
	if err := rollup.abi.UnpackIntoInterface(out, "DisputePeriodOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHeaderRejected represents a HeaderRejected error raised by the Rollup contract.
type RollupHeaderRejected struct {
	HeaderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderRejected(bytes32 headerHash)
func RollupHeaderRejectedErrorID() common.Hash {
	return common.HexToHash("0xf116f0c601074fbf8a36af54fa3c5ff00f605ce428dea98269a8ae4927107bbf")
}

// UnpackHeaderRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderRejected(bytes32 headerHash)
func (rollup *Rollup) UnpackHeaderRejectedError(raw []byte) (*RollupHeaderRejected, error) {
	out := new(RollupHeaderRejected)
	if err := rollup.abi.UnpackIntoInterface(out, "HeaderRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidParam represents a InvalidParam error raised by the Rollup contract.
type RollupInvalidParam struct {
	Id    uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParam(uint8 id, uint256 value)
func RollupInvalidParamErrorID() common.Hash {
	return common.HexToHash("0xce5c05c9e9c743f90a425383636f400fd8270cd85d4c78e3db1f5ba696f61017")
}

// UnpackInvalidParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParam(uint8 id, uint256 value)
func (rollup *Rollup) UnpackInvalidParamError(raw []byte) (*RollupInvalidParam, error) {
	out := new(RollupInvalidParam)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidProof represents a InvalidProof error raised by the Rollup contract.
type RollupInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func RollupInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (rollup *Rollup) UnpackInvalidProofError(raw []byte) (*RollupInvalidProof, error) {
	out := new(RollupInvalidProof)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupMessageIndexOutOfRange represents a MessageIndexOutOfRange error raised by the Rollup contract.
type RollupMessageIndexOutOfRange struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MessageIndexOutOfRange(uint64 index)
func RollupMessageIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xc96900647407cd46a45031e66dae8863ceee9b3a77c2632fe56ba0cc5c79d60c")
}

// UnpackMessageIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MessageIndexOutOfRange(uint64 index)
func (rollup *Rollup) UnpackMessageIndexOutOfRangeError(raw []byte) (*RollupMessageIndexOutOfRange, error) {
	out := new(RollupMessageIndexOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "MessageIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupMessageOverdue represents a MessageOverdue error raised by the Rollup contract.
type RollupMessageOverdue struct {
	Index    uint64
	QueuedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MessageOverdue(uint64 index, uint64 queuedAt)
func RollupMessageOverdueErrorID() common.Hash {
	return common.HexToHash("0x1e2cb423d8f47b5abbee16a33ec18139bb8942abd898d72bd49ce540f8ff3099")
}

// UnpackMessageOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MessageOverdue(uint64 index, uint64 queuedAt)
func (rollup *Rollup) UnpackMessageOverdueError(raw []byte) (*RollupMessageOverdue, error) {
	out := new(RollupMessageOverdue)
	if err := rollup.abi.UnpackIntoInterface(out, "MessageOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotBonds represents a NotBonds error raised by the Rollup contract.
type RollupNotBonds struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBonds()
func RollupNotBondsErrorID() common.Hash {
	return common.HexToHash("0x795acf951481ae0ebe90ec53fc3569f82d657cfb42e3b05815ad6ac2e391efda")
}

// UnpackNotBondsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBonds()
func (rollup *Rollup) UnpackNotBondsError(raw []byte) (*RollupNotBonds, error) {
	out := new(RollupNotBonds)
	if err := rollup.abi.UnpackIntoInterface(out, "NotBonds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotDisputes represents a NotDisputes error raised by the Rollup contract.
type RollupNotDisputes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputes()
func RollupNotDisputesErrorID() common.Hash {
	return common.HexToHash("0x4c30b8ca3436d5aebc00b27437c719e28e9e0d2edd1b8cdcfd1e8cb66cf25c5a")
}

// UnpackNotDisputesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputes()
func (rollup *Rollup) UnpackNotDisputesError(raw []byte) (*RollupNotDisputes, error) {
	out := new(RollupNotDisputes)
	if err := rollup.abi.UnpackIntoInterface(out, "NotDisputes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotGuardian represents a NotGuardian error raised by the Rollup contract.
type RollupNotGuardian struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuardian()
func RollupNotGuardianErrorID() common.Hash {
	return common.HexToHash("0xef6d0f022a6034a270a71b2c18c08f672aa285210fc713e02118a224aabfd50b")
}

// UnpackNotGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuardian()
func (rollup *Rollup) UnpackNotGuardianError(raw []byte) (*RollupNotGuardian, error) {
	out := new(RollupNotGuardian)
	if err := rollup.abi.UnpackIntoInterface(out, "NotGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotNextToFinalize represents a NotNextToFinalize error raised by the Rollup contract.
type RollupNotNextToFinalize struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNextToFinalize(uint64 expected, uint64 got)
func RollupNotNextToFinalizeErrorID() common.Hash {
	return common.HexToHash("0xa43335731a9dc8657876637cf901dc2ce2d496ca2c0f345d2f476c76d0e4ad43")
}

// UnpackNotNextToFinalizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNextToFinalize(uint64 expected, uint64 got)
func (rollup *Rollup) UnpackNotNextToFinalizeError(raw []byte) (*RollupNotNextToFinalize, error) {
	out := new(RollupNotNextToFinalize)
	if err := rollup.abi.UnpackIntoInterface(out, "NotNextToFinalize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotSequencer represents a NotSequencer error raised by the Rollup contract.
type RollupNotSequencer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSequencer()
func RollupNotSequencerErrorID() common.Hash {
	return common.HexToHash("0x53e2827c451a0a0f171a8880e9c351ab8000b3d4f27c8efd66e3187f39b035eb")
}

// UnpackNotSequencerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSequencer()
func (rollup *Rollup) UnpackNotSequencerError(raw []byte) (*RollupNotSequencer, error) {
	out := new(RollupNotSequencer)
	if err := rollup.abi.UnpackIntoInterface(out, "NotSequencer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotTimelock represents a NotTimelock error raised by the Rollup contract.
type RollupNotTimelock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTimelock()
func RollupNotTimelockErrorID() common.Hash {
	return common.HexToHash("0xcad4da2aac978ccb25d8a31005c260bdc305a1fcf624a9817cda023e5c520326")
}

// UnpackNotTimelockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTimelock()
func (rollup *Rollup) UnpackNotTimelockError(raw []byte) (*RollupNotTimelock, error) {
	out := new(RollupNotTimelock)
	if err := rollup.abi.UnpackIntoInterface(out, "NotTimelock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotWirer represents a NotWirer error raised by the Rollup contract.
type RollupNotWirer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWirer()
func RollupNotWirerErrorID() common.Hash {
	return common.HexToHash("0x71376be9f94515f6265e502679724ac03bb1a6b5b3c9f2c83484c8b8acc5f7df")
}

// UnpackNotWirerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWirer()
func (rollup *Rollup) UnpackNotWirerError(raw []byte) (*RollupNotWirer, error) {
	out := new(RollupNotWirer)
	if err := rollup.abi.UnpackIntoInterface(out, "NotWirer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Rollup contract.
type RollupReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RollupReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (rollup *Rollup) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RollupReentrancyGuardReentrantCall, error) {
	out := new(RollupReentrancyGuardReentrantCall)
	if err := rollup.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Rollup contract.
type RollupSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RollupSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rollup *Rollup) UnpackSafeERC20FailedOperationError(raw []byte) (*RollupSafeERC20FailedOperation, error) {
	out := new(RollupSafeERC20FailedOperation)
	if err := rollup.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTimelockTooShort represents a TimelockTooShort error raised by the Rollup contract.
type RollupTimelockTooShort struct {
	MinDelay *big.Int
	Needed   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockTooShort(uint256 minDelay, uint256 needed)
func RollupTimelockTooShortErrorID() common.Hash {
	return common.HexToHash("0x5460350140b3a988c2b7fd8152d62b27890c917f987b10c2d5fa3b4344162ea9")
}

// UnpackTimelockTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockTooShort(uint256 minDelay, uint256 needed)
func (rollup *Rollup) UnpackTimelockTooShortError(raw []byte) (*RollupTimelockTooShort, error) {
	out := new(RollupTimelockTooShort)
	if err := rollup.abi.UnpackIntoInterface(out, "TimelockTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownBatch represents a UnknownBatch error raised by the Rollup contract.
type RollupUnknownBatch struct {
	Index      uint64
	HeaderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint64 index, bytes32 headerHash)
func RollupUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0xc79f6b6af1320e167918e645ee2834341d65bb0cdcb076ba1b66baae1ba0103b")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint64 index, bytes32 headerHash)
func (rollup *Rollup) UnpackUnknownBatchError(raw []byte) (*RollupUnknownBatch, error) {
	out := new(RollupUnknownBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownParam represents a UnknownParam error raised by the Rollup contract.
type RollupUnknownParam struct {
	Id uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownParam(uint8 id)
func RollupUnknownParamErrorID() common.Hash {
	return common.HexToHash("0xcfe76cdd3db7c4f43f384bc14a59b185ea7f2035cad0aaa6cf3c1f26a76ea419")
}

// UnpackUnknownParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownParam(uint8 id)
func (rollup *Rollup) UnpackUnknownParamError(raw []byte) (*RollupUnknownParam, error) {
	out := new(RollupUnknownParam)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWithdrawalClaimed represents a WithdrawalClaimed error raised by the Rollup contract.
type RollupWithdrawalClaimed struct {
	WithdrawalId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalClaimed(uint64 withdrawalId)
func RollupWithdrawalClaimedErrorID() common.Hash {
	return common.HexToHash("0x68c8fbe1ab4a0b0e18a12ef13b1dc6ffd1d085fe8ad3fb84ced1fe7585634e82")
}

// UnpackWithdrawalClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalClaimed(uint64 withdrawalId)
func (rollup *Rollup) UnpackWithdrawalClaimedError(raw []byte) (*RollupWithdrawalClaimed, error) {
	out := new(RollupWithdrawalClaimed)
	if err := rollup.abi.UnpackIntoInterface(out, "WithdrawalClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongBatchIndex represents a WrongBatchIndex error raised by the Rollup contract.
type RollupWrongBatchIndex struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBatchIndex(uint64 expected, uint64 got)
func RollupWrongBatchIndexErrorID() common.Hash {
	return common.HexToHash("0x95ce633b30368ab4db33bae7e13f6963f4d0b09e8ba32a3dad0303ccdc843bac")
}

// UnpackWrongBatchIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBatchIndex(uint64 expected, uint64 got)
func (rollup *Rollup) UnpackWrongBatchIndexError(raw []byte) (*RollupWrongBatchIndex, error) {
	out := new(RollupWrongBatchIndex)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongBatchIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongParentHash represents a WrongParentHash error raised by the Rollup contract.
type RollupWrongParentHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongParentHash()
func RollupWrongParentHashErrorID() common.Hash {
	return common.HexToHash("0xed2b6d518825f582ffce31fd124dcd6ba7972bc19d0009a691cfc30993c9f437")
}

// UnpackWrongParentHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongParentHash()
func (rollup *Rollup) UnpackWrongParentHashError(raw []byte) (*RollupWrongParentHash, error) {
	out := new(RollupWrongParentHash)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongParentHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongPreStateRoot represents a WrongPreStateRoot error raised by the Rollup contract.
type RollupWrongPreStateRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPreStateRoot()
func RollupWrongPreStateRootErrorID() common.Hash {
	return common.HexToHash("0x80b529a8e925988e4ea08014441609f12b6264c903973718185202b8c7b9571e")
}

// UnpackWrongPreStateRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPreStateRoot()
func (rollup *Rollup) UnpackWrongPreStateRootError(raw []byte) (*RollupWrongPreStateRoot, error) {
	out := new(RollupWrongPreStateRoot)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongPreStateRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongRollingHash represents a WrongRollingHash error raised by the Rollup contract.
type RollupWrongRollingHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRollingHash()
func RollupWrongRollingHashErrorID() common.Hash {
	return common.HexToHash("0xb5f46c249ff4604fab170f30b7c94f49e77a35e627bfdbd11f0a53c3ef9f4528")
}

// UnpackWrongRollingHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRollingHash()
func (rollup *Rollup) UnpackWrongRollingHashError(raw []byte) (*RollupWrongRollingHash, error) {
	out := new(RollupWrongRollingHash)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongRollingHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroAddress represents a ZeroAddress error raised by the Rollup contract.
type RollupZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RollupZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rollup *Rollup) UnpackZeroAddressError(raw []byte) (*RollupZeroAddress, error) {
	out := new(RollupZeroAddress)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroAmount represents a ZeroAmount error raised by the Rollup contract.
type RollupZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func RollupZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (rollup *Rollup) UnpackZeroAmountError(raw []byte) (*RollupZeroAmount, error) {
	out := new(RollupZeroAmount)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierClass1MetaData contains all meta data concerning the StepVerifierClass1 contract.
var StepVerifierClass1MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CLASS_ID\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INPUT_WIDTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VK_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyStep\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "StepVerifierClass1",
	Bin: "0x6080604052348015600e575f5ffd5b506116428061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063b13aea9d11610058578063b13aea9d146100f1578063ddceae171461010b578063f2457c8d1461012e578063fb24d9ac14610141575f5ffd5b80630ea14a391461007e5780631214698c146100a75780636bf062b2146100dc575b5f5ffd5b61009161008c366004611491565b61014a565b60405161009e91906114d0565b60405180910390f35b6100ce7fe18063a78b27fa931c70a544c57fbf1dde5f16b019fd93406b60383e09228b2a81565b60405190815260200161009e565b6100ef6100ea366004611510565b610206565b005b6100f9600181565b60405160ff909116815260200161009e565b61011e610119366004611510565b6104cd565b604051901515815260200161009e565b6100ef61013c366004611561565b610542565b6100ce61010081565b6101526113f1565b610100821461019f5760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356101b0828261085c565b835250506060830135604084013560a085013560808601356101d484848484610949565b6020870152604086015260c0870135935060e087013592506101f6848461085c565b6060860152509295945050505050565b610100821461024e5760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606401610196565b5f5f61025983610c22565b915091505f6040516101008782377f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008201527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208201527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408201527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608201527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808201527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08201527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08201527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08201527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008201527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da61022082015283610240820152826102608201527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808201527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08201527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08201527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08201526020816103008360085afa9051169050806104c557604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b5f61010083146104de57505f61053b565b6040516335f8315960e11b81523090636bf062b29061050590879087908790600401611595565b5f6040518083038186803b15801561051b575f5ffd5b505afa92505050801561052c575060015b61053757505f61053b565b5060015b9392505050565b61054a61140f565b5f8061055c85825b6020020135610ec0565b90925090505f80808061057760408a013560208b0135610f5e565b929650909450925090505f8061058e8b6003610552565b915091505f5f61059d8c610c22565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008e01527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208e01527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408e01527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608e01527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808e01527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08e01527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08e01527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08e01527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008e01527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da6102208e01526102408d018290526102608d018190527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808e01527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08e01527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08e01527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08e015290925090505f61081161142e565b6020816103008f60085afa915081158061082d57508051600114155b1561084b57604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206116025f395f51905f528310158061088657505f5160206116025f395f51905f528210155b156108a457604051631ff3747d60e21b815260040160405180910390fd5b821580156108b0575081155b156108bc57505f610943565b5f6108f75f5160206116025f395f51905f5260035f5160206116025f395f51905f52875f5160206116025f395f51905f52898a090908611132565b905080830361090c575050600182901b610943565b61091581611194565b8303610928575050600182811b17610943565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206116025f395f51905f528610158061097457505f5160206116025f395f51905f528510155b8061098c57505f5160206116025f395f51905f528410155b806109a457505f5160206116025f395f51905f528310155b156109c257604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036109d957505f905080610c19565b5f80805f5160206116025f395f51905f52610a0260035f5160206116025f395f51905f526115e2565b5f5160206116025f395f51905f528a8c090990505f5f5160206116025f395f51905f528a5f5160206116025f395f51905f528c8d090990505f5f5160206116025f395f51905f528a5f5160206116025f395f51905f528c8d090990505f5160206116025f395f51905f52805f5160206116025f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610af05f5160206116025f395f51905f52805f5160206116025f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611194565b93505050505f5f610b3d5f5160206116025f395f51905f5280610b1557610b156115ce565b5f5160206116025f395f51905f528586095f5160206116025f395f51905f5287880908611132565b9050610b885f5160206116025f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206116025f395f51905f52848808096111ac565b15915050610b978383836111f4565b90935091508683148015610baa57508186145b15610bd25780610bba575f610bbd565b60025b60ff1660028a901b175f179450879350610c15565b610bdb83611194565b87148015610bf05750610bed82611194565b86145b156109285780610c00575f610c03565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f0dd742fcca002ccf2516d7e06df78be8d3789041e76650ebc4f8368afd5b502683527f1179e1aee92af9c19b39877274bc222aff069adb6a4e2a5e1b76ba8633a94a8e60208401527f1dd65dc4a6822f311a414ba8332fdd4be3c6b259e68d15fcfeb230021e66415382527f2ecbc9bb8b5b2a4427602f43f02e5c2c1986ec5fb52e5e876c9375384b4296986020830152863590508060408301525f5160206116225f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f101ca0c6c6514fc13c0992f20220dc212b6dc5a5bb1bf691b3522d31e3ce546e82527f067166849ae96fd5996fca05ceb245903d29406ee0b5d93f96ef8176718d500e6020830152602087013590508060408301525f5160206116225f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1dc33eb572904766c36718fed68a1878325c520538bda464aeb1a2affd41550b82527f0638e86e2f161adaff9d842775bf6ae9fed42936bef56e1968378d6d097ed3a06020830152604087013590508060408301525f5160206116225f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1e221f2d00994e49a0aa05643c156e03d57002882400e31c115f11f4712edb2e82527f2aa55178c73b6af8525e24d0ec85de9cafc249acb90f99dd105e97e66bdeb3e26020830152606087013590508060408301525f5160206116225f395f51905f528110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610eba5760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610ed357505f928392509050565b600183811c9250808416145f5160206116025f395f51905f528310610f0b57604051631ff3747d60e21b815260040160405180910390fd5b610f455f5160206116025f395f51905f5260035f5160206116025f395f51905f52865f5160206116025f395f51905f528889090908611132565b91508015610eba57610f5682611194565b915050915091565b5f80808085158015610f6e575084155b15610f8357505f925082915081905080611129565b600286811c945085935060018088161490808816145f5160206116025f395f51905f5286101580610fc157505f5160206116025f395f51905f528510155b15610fdf57604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206116025f395f51905f5261100660035f5160206116025f395f51905f526115e2565b5f5160206116025f395f51905f52888a090990505f5f5160206116025f395f51905f52885f5160206116025f395f51905f528a8b090990505f5f5160206116025f395f51905f52885f5160206116025f395f51905f528a8b090990505f5160206116025f395f51905f52805f5160206116025f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506110f45f5160206116025f395f51905f52805f5160206116025f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611194565b95506111018787866111f4565b909750955084156111235761111587611194565b965061112086611194565b95505b50505050505b92959194509250565b5f61115d827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611330565b9050815f5160206116025f395f51905f528283091461118f57604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206116025f395f51905f529081900681030690565b5f5f6111d8837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611330565b9050825f5160206116025f395f51905f52828309149392505050565b5f80806112235f5160206116025f395f51905f52808788095f5160206116025f395f51905f52898a0908611132565b905083156112375761123481611194565b90505b6112805f5160206116025f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206116025f395f51905f52848a0809611132565b92505f5160206116025f395f51905f526112aa5f5160206116025f395f51905f5260028609611393565b860991505f5160206116025f395f51905f526112d55f5160206116025f395f51905f52848509611194565b5f5160206116025f395f51905f52858609088614158061130957505f5160206116025f395f51905f52808385096002098514155b1561132757604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206116025f395f51905f5260a082015260208160c08360055afa9051925090508061094157604051631ff3747d60e21b815260040160405180910390fd5b5f6113be827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611330565b90505f5160206116025f395f51905f5281830960011461118f57604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f84011261145c575f5ffd5b50813567ffffffffffffffff811115611473575f5ffd5b60208301915083602082850101111561148a575f5ffd5b9250929050565b5f5f602083850312156114a2575f5ffd5b823567ffffffffffffffff8111156114b8575f5ffd5b6114c48582860161144c565b90969095509350505050565b6080810181835f5b60048110156114f75781518352602092830192909101906001016114d8565b50505092915050565b8060808101831015610943575f5ffd5b5f5f5f60a08486031215611522575f5ffd5b833567ffffffffffffffff811115611538575f5ffd5b6115448682870161144c565b909450925061155890508560208601611500565b90509250925092565b5f5f6101008385031215611573575f5ffd5b61157d8484611500565b915061158c8460808501611500565b90509250929050565b60a081528260a0820152828460c08301375f60c084830101525f60c0601f19601f86011683010190506080836020840137949350505050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561094357634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// StepVerifierClass1 is an auto generated Go binding around an Ethereum contract.
type StepVerifierClass1 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StepVerifierClass1) GetABI() abi.ABI {
	return c.abi
}

// NewStepVerifierClass1 creates a new instance of StepVerifierClass1.
func NewStepVerifierClass1() *StepVerifierClass1 {
	parsed, err := StepVerifierClass1MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StepVerifierClass1{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StepVerifierClass1) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCLASSID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13aea9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLASS_ID() view returns(uint8)
func (stepVerifierClass1 *StepVerifierClass1) PackCLASSID() []byte {
	enc, err := stepVerifierClass1.abi.Pack("CLASS_ID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLASSID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13aea9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLASS_ID() view returns(uint8)
func (stepVerifierClass1 *StepVerifierClass1) TryPackCLASSID() ([]byte, error) {
	return stepVerifierClass1.abi.Pack("CLASS_ID")
}

// UnpackCLASSID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb13aea9d.
//
// Solidity: function CLASS_ID() view returns(uint8)
func (stepVerifierClass1 *StepVerifierClass1) UnpackCLASSID(data []byte) (uint8, error) {
	out, err := stepVerifierClass1.abi.Unpack("CLASS_ID", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXINPUTWIDTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb24d9ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INPUT_WIDTH() view returns(uint256)
func (stepVerifierClass1 *StepVerifierClass1) PackMAXINPUTWIDTH() []byte {
	enc, err := stepVerifierClass1.abi.Pack("MAX_INPUT_WIDTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINPUTWIDTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb24d9ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INPUT_WIDTH() view returns(uint256)
func (stepVerifierClass1 *StepVerifierClass1) TryPackMAXINPUTWIDTH() ([]byte, error) {
	return stepVerifierClass1.abi.Pack("MAX_INPUT_WIDTH")
}

// UnpackMAXINPUTWIDTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb24d9ac.
//
// Solidity: function MAX_INPUT_WIDTH() view returns(uint256)
func (stepVerifierClass1 *StepVerifierClass1) UnpackMAXINPUTWIDTH(data []byte) (*big.Int, error) {
	out, err := stepVerifierClass1.abi.Unpack("MAX_INPUT_WIDTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVKHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1214698c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VK_HASH() view returns(bytes32)
func (stepVerifierClass1 *StepVerifierClass1) PackVKHASH() []byte {
	enc, err := stepVerifierClass1.abi.Pack("VK_HASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVKHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1214698c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VK_HASH() view returns(bytes32)
func (stepVerifierClass1 *StepVerifierClass1) TryPackVKHASH() ([]byte, error) {
	return stepVerifierClass1.abi.Pack("VK_HASH")
}

// UnpackVKHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1214698c.
//
// Solidity: function VK_HASH() view returns(bytes32)
func (stepVerifierClass1 *StepVerifierClass1) UnpackVKHASH(data []byte) ([32]byte, error) {
	out, err := stepVerifierClass1.abi.Unpack("VK_HASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (stepVerifierClass1 *StepVerifierClass1) PackCompressProof(proof []byte) []byte {
	enc, err := stepVerifierClass1.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (stepVerifierClass1 *StepVerifierClass1) TryPackCompressProof(proof []byte) ([]byte, error) {
	return stepVerifierClass1.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (stepVerifierClass1 *StepVerifierClass1) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := stepVerifierClass1.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (stepVerifierClass1 *StepVerifierClass1) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := stepVerifierClass1.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (stepVerifierClass1 *StepVerifierClass1) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return stepVerifierClass1.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (stepVerifierClass1 *StepVerifierClass1) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := stepVerifierClass1.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (stepVerifierClass1 *StepVerifierClass1) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return stepVerifierClass1.abi.Pack("verifyProof", proof, input)
}

// PackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddceae17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (stepVerifierClass1 *StepVerifierClass1) PackVerifyStep(proof []byte, input [4]*big.Int) []byte {
	enc, err := stepVerifierClass1.abi.Pack("verifyStep", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddceae17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (stepVerifierClass1 *StepVerifierClass1) TryPackVerifyStep(proof []byte, input [4]*big.Int) ([]byte, error) {
	return stepVerifierClass1.abi.Pack("verifyStep", proof, input)
}

// UnpackVerifyStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddceae17.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (stepVerifierClass1 *StepVerifierClass1) UnpackVerifyStep(data []byte) (bool, error) {
	out, err := stepVerifierClass1.abi.Unpack("verifyStep", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stepVerifierClass1 *StepVerifierClass1) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stepVerifierClass1.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return stepVerifierClass1.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifierClass1.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return stepVerifierClass1.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StepVerifierClass1ProofInvalid represents a ProofInvalid error raised by the StepVerifierClass1 contract.
type StepVerifierClass1ProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func StepVerifierClass1ProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (stepVerifierClass1 *StepVerifierClass1) UnpackProofInvalidError(raw []byte) (*StepVerifierClass1ProofInvalid, error) {
	out := new(StepVerifierClass1ProofInvalid)
	if err := stepVerifierClass1.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierClass1PublicInputNotInField represents a PublicInputNotInField error raised by the StepVerifierClass1 contract.
type StepVerifierClass1PublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func StepVerifierClass1PublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (stepVerifierClass1 *StepVerifierClass1) UnpackPublicInputNotInFieldError(raw []byte) (*StepVerifierClass1PublicInputNotInField, error) {
	out := new(StepVerifierClass1PublicInputNotInField)
	if err := stepVerifierClass1.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierClass2MetaData contains all meta data concerning the StepVerifierClass2 contract.
var StepVerifierClass2MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CLASS_ID\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INPUT_WIDTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VK_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyStep\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "StepVerifierClass2",
	Bin: "0x6080604052348015600e575f5ffd5b506116428061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063b13aea9d11610058578063b13aea9d146100f1578063ddceae171461010b578063f2457c8d1461012e578063fb24d9ac14610141575f5ffd5b80630ea14a391461007e5780631214698c146100a75780636bf062b2146100dc575b5f5ffd5b61009161008c366004611491565b61014a565b60405161009e91906114d0565b60405180910390f35b6100ce7f8a966f41b9d442a85df59cade4a3cfd42a7ff5892499a1f3dacb7e1d9625249781565b60405190815260200161009e565b6100ef6100ea366004611510565b610206565b005b6100f9600281565b60405160ff909116815260200161009e565b61011e610119366004611510565b6104cd565b604051901515815260200161009e565b6100ef61013c366004611561565b610542565b6100ce61040081565b6101526113f1565b610100821461019f5760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356101b0828261085c565b835250506060830135604084013560a085013560808601356101d484848484610949565b6020870152604086015260c0870135935060e087013592506101f6848461085c565b6060860152509295945050505050565b610100821461024e5760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606401610196565b5f5f61025983610c22565b915091505f6040516101008782377f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008201527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208201527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408201527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608201527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808201527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08201527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08201527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08201527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008201527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da61022082015283610240820152826102608201527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808201527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08201527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08201527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08201526020816103008360085afa9051169050806104c557604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b5f61010083146104de57505f61053b565b6040516335f8315960e11b81523090636bf062b29061050590879087908790600401611595565b5f6040518083038186803b15801561051b575f5ffd5b505afa92505050801561052c575060015b61053757505f61053b565b5060015b9392505050565b61054a61140f565b5f8061055c85825b6020020135610ec0565b90925090505f80808061057760408a013560208b0135610f5e565b929650909450925090505f8061058e8b6003610552565b915091505f5f61059d8c610c22565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008e01527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208e01527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408e01527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608e01527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808e01527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08e01527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08e01527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08e01527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008e01527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da6102208e01526102408d018290526102608d018190527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808e01527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08e01527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08e01527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08e015290925090505f61081161142e565b6020816103008f60085afa915081158061082d57508051600114155b1561084b57604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206116025f395f51905f528310158061088657505f5160206116025f395f51905f528210155b156108a457604051631ff3747d60e21b815260040160405180910390fd5b821580156108b0575081155b156108bc57505f610943565b5f6108f75f5160206116025f395f51905f5260035f5160206116025f395f51905f52875f5160206116025f395f51905f52898a090908611132565b905080830361090c575050600182901b610943565b61091581611194565b8303610928575050600182811b17610943565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206116025f395f51905f528610158061097457505f5160206116025f395f51905f528510155b8061098c57505f5160206116025f395f51905f528410155b806109a457505f5160206116025f395f51905f528310155b156109c257604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036109d957505f905080610c19565b5f80805f5160206116025f395f51905f52610a0260035f5160206116025f395f51905f526115e2565b5f5160206116025f395f51905f528a8c090990505f5f5160206116025f395f51905f528a5f5160206116025f395f51905f528c8d090990505f5f5160206116025f395f51905f528a5f5160206116025f395f51905f528c8d090990505f5160206116025f395f51905f52805f5160206116025f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610af05f5160206116025f395f51905f52805f5160206116025f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611194565b93505050505f5f610b3d5f5160206116025f395f51905f5280610b1557610b156115ce565b5f5160206116025f395f51905f528586095f5160206116025f395f51905f5287880908611132565b9050610b885f5160206116025f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206116025f395f51905f52848808096111ac565b15915050610b978383836111f4565b90935091508683148015610baa57508186145b15610bd25780610bba575f610bbd565b60025b60ff1660028a901b175f179450879350610c15565b610bdb83611194565b87148015610bf05750610bed82611194565b86145b156109285780610c00575f610c03565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f23e35d65267d0ceb54762b4990996524f5ccf422475ffc4482635cfc8b24f6dc83527f22b25a427576b431fc331da54d7397312c1f4e59540697dca3b8e152b06949e360208401527f1bd98a1fe4bb99ff3ef421dadfab12effaed760509332bc2f9c6470d83d329f382527f2e6ff104219148c7e73b146fc1a4ce42cfb4faad97f221b21632035aaaacefa96020830152863590508060408301525f5160206116225f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f154e2b5b73808a338861902c8f0e5d6ba60415e9ccfc2405979d7b5a01e44f6682527f0634431f29db08211d95e84300c973124b4f3193687f3c185c4eef0f9671b86f6020830152602087013590508060408301525f5160206116225f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f0b946ebd93d536b06e4c0b5d53e6a45c3f308262f82173e9f268e2e39d3b358f82527f027beccc6faffca7939a27dda9682cc7ec1056d0bca93190f2b92e28bb863c1d6020830152604087013590508060408301525f5160206116225f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f11556a6d6515746f80895e4e83f33d676d2225d27ac335c74c495a3729b6855782527f0a4339e6f0f6f5491af20db4dfe469669ef808f4fe63a46b3c7fe46fd8a568e46020830152606087013590508060408301525f5160206116225f395f51905f528110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610eba5760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610ed357505f928392509050565b600183811c9250808416145f5160206116025f395f51905f528310610f0b57604051631ff3747d60e21b815260040160405180910390fd5b610f455f5160206116025f395f51905f5260035f5160206116025f395f51905f52865f5160206116025f395f51905f528889090908611132565b91508015610eba57610f5682611194565b915050915091565b5f80808085158015610f6e575084155b15610f8357505f925082915081905080611129565b600286811c945085935060018088161490808816145f5160206116025f395f51905f5286101580610fc157505f5160206116025f395f51905f528510155b15610fdf57604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206116025f395f51905f5261100660035f5160206116025f395f51905f526115e2565b5f5160206116025f395f51905f52888a090990505f5f5160206116025f395f51905f52885f5160206116025f395f51905f528a8b090990505f5f5160206116025f395f51905f52885f5160206116025f395f51905f528a8b090990505f5160206116025f395f51905f52805f5160206116025f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506110f45f5160206116025f395f51905f52805f5160206116025f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611194565b95506111018787866111f4565b909750955084156111235761111587611194565b965061112086611194565b95505b50505050505b92959194509250565b5f61115d827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611330565b9050815f5160206116025f395f51905f528283091461118f57604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206116025f395f51905f529081900681030690565b5f5f6111d8837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611330565b9050825f5160206116025f395f51905f52828309149392505050565b5f80806112235f5160206116025f395f51905f52808788095f5160206116025f395f51905f52898a0908611132565b905083156112375761123481611194565b90505b6112805f5160206116025f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206116025f395f51905f52848a0809611132565b92505f5160206116025f395f51905f526112aa5f5160206116025f395f51905f5260028609611393565b860991505f5160206116025f395f51905f526112d55f5160206116025f395f51905f52848509611194565b5f5160206116025f395f51905f52858609088614158061130957505f5160206116025f395f51905f52808385096002098514155b1561132757604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206116025f395f51905f5260a082015260208160c08360055afa9051925090508061094157604051631ff3747d60e21b815260040160405180910390fd5b5f6113be827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611330565b90505f5160206116025f395f51905f5281830960011461118f57604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f84011261145c575f5ffd5b50813567ffffffffffffffff811115611473575f5ffd5b60208301915083602082850101111561148a575f5ffd5b9250929050565b5f5f602083850312156114a2575f5ffd5b823567ffffffffffffffff8111156114b8575f5ffd5b6114c48582860161144c565b90969095509350505050565b6080810181835f5b60048110156114f75781518352602092830192909101906001016114d8565b50505092915050565b8060808101831015610943575f5ffd5b5f5f5f60a08486031215611522575f5ffd5b833567ffffffffffffffff811115611538575f5ffd5b6115448682870161144c565b909450925061155890508560208601611500565b90509250925092565b5f5f6101008385031215611573575f5ffd5b61157d8484611500565b915061158c8460808501611500565b90509250929050565b60a081528260a0820152828460c08301375f60c084830101525f60c0601f19601f86011683010190506080836020840137949350505050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561094357634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// StepVerifierClass2 is an auto generated Go binding around an Ethereum contract.
type StepVerifierClass2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StepVerifierClass2) GetABI() abi.ABI {
	return c.abi
}

// NewStepVerifierClass2 creates a new instance of StepVerifierClass2.
func NewStepVerifierClass2() *StepVerifierClass2 {
	parsed, err := StepVerifierClass2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StepVerifierClass2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StepVerifierClass2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCLASSID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13aea9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLASS_ID() view returns(uint8)
func (stepVerifierClass2 *StepVerifierClass2) PackCLASSID() []byte {
	enc, err := stepVerifierClass2.abi.Pack("CLASS_ID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLASSID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13aea9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLASS_ID() view returns(uint8)
func (stepVerifierClass2 *StepVerifierClass2) TryPackCLASSID() ([]byte, error) {
	return stepVerifierClass2.abi.Pack("CLASS_ID")
}

// UnpackCLASSID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb13aea9d.
//
// Solidity: function CLASS_ID() view returns(uint8)
func (stepVerifierClass2 *StepVerifierClass2) UnpackCLASSID(data []byte) (uint8, error) {
	out, err := stepVerifierClass2.abi.Unpack("CLASS_ID", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXINPUTWIDTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb24d9ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INPUT_WIDTH() view returns(uint256)
func (stepVerifierClass2 *StepVerifierClass2) PackMAXINPUTWIDTH() []byte {
	enc, err := stepVerifierClass2.abi.Pack("MAX_INPUT_WIDTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINPUTWIDTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb24d9ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INPUT_WIDTH() view returns(uint256)
func (stepVerifierClass2 *StepVerifierClass2) TryPackMAXINPUTWIDTH() ([]byte, error) {
	return stepVerifierClass2.abi.Pack("MAX_INPUT_WIDTH")
}

// UnpackMAXINPUTWIDTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb24d9ac.
//
// Solidity: function MAX_INPUT_WIDTH() view returns(uint256)
func (stepVerifierClass2 *StepVerifierClass2) UnpackMAXINPUTWIDTH(data []byte) (*big.Int, error) {
	out, err := stepVerifierClass2.abi.Unpack("MAX_INPUT_WIDTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVKHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1214698c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VK_HASH() view returns(bytes32)
func (stepVerifierClass2 *StepVerifierClass2) PackVKHASH() []byte {
	enc, err := stepVerifierClass2.abi.Pack("VK_HASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVKHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1214698c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VK_HASH() view returns(bytes32)
func (stepVerifierClass2 *StepVerifierClass2) TryPackVKHASH() ([]byte, error) {
	return stepVerifierClass2.abi.Pack("VK_HASH")
}

// UnpackVKHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1214698c.
//
// Solidity: function VK_HASH() view returns(bytes32)
func (stepVerifierClass2 *StepVerifierClass2) UnpackVKHASH(data []byte) ([32]byte, error) {
	out, err := stepVerifierClass2.abi.Unpack("VK_HASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (stepVerifierClass2 *StepVerifierClass2) PackCompressProof(proof []byte) []byte {
	enc, err := stepVerifierClass2.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (stepVerifierClass2 *StepVerifierClass2) TryPackCompressProof(proof []byte) ([]byte, error) {
	return stepVerifierClass2.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (stepVerifierClass2 *StepVerifierClass2) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := stepVerifierClass2.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (stepVerifierClass2 *StepVerifierClass2) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := stepVerifierClass2.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (stepVerifierClass2 *StepVerifierClass2) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return stepVerifierClass2.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (stepVerifierClass2 *StepVerifierClass2) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := stepVerifierClass2.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (stepVerifierClass2 *StepVerifierClass2) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return stepVerifierClass2.abi.Pack("verifyProof", proof, input)
}

// PackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddceae17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (stepVerifierClass2 *StepVerifierClass2) PackVerifyStep(proof []byte, input [4]*big.Int) []byte {
	enc, err := stepVerifierClass2.abi.Pack("verifyStep", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddceae17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (stepVerifierClass2 *StepVerifierClass2) TryPackVerifyStep(proof []byte, input [4]*big.Int) ([]byte, error) {
	return stepVerifierClass2.abi.Pack("verifyStep", proof, input)
}

// UnpackVerifyStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddceae17.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (stepVerifierClass2 *StepVerifierClass2) UnpackVerifyStep(data []byte) (bool, error) {
	out, err := stepVerifierClass2.abi.Unpack("verifyStep", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stepVerifierClass2 *StepVerifierClass2) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stepVerifierClass2.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return stepVerifierClass2.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifierClass2.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return stepVerifierClass2.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StepVerifierClass2ProofInvalid represents a ProofInvalid error raised by the StepVerifierClass2 contract.
type StepVerifierClass2ProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func StepVerifierClass2ProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (stepVerifierClass2 *StepVerifierClass2) UnpackProofInvalidError(raw []byte) (*StepVerifierClass2ProofInvalid, error) {
	out := new(StepVerifierClass2ProofInvalid)
	if err := stepVerifierClass2.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierClass2PublicInputNotInField represents a PublicInputNotInField error raised by the StepVerifierClass2 contract.
type StepVerifierClass2PublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func StepVerifierClass2PublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (stepVerifierClass2 *StepVerifierClass2) UnpackPublicInputNotInFieldError(raw []byte) (*StepVerifierClass2PublicInputNotInField, error) {
	out := new(StepVerifierClass2PublicInputNotInField)
	if err := stepVerifierClass2.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierClass3MetaData contains all meta data concerning the StepVerifierClass3 contract.
var StepVerifierClass3MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CLASS_ID\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INPUT_WIDTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VK_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyStep\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "StepVerifierClass3",
	Bin: "0x6080604052348015600e575f5ffd5b506116428061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063b13aea9d11610058578063b13aea9d146100f1578063ddceae171461010b578063f2457c8d1461012e578063fb24d9ac14610141575f5ffd5b80630ea14a391461007e5780631214698c146100a75780636bf062b2146100dc575b5f5ffd5b61009161008c366004611491565b61014a565b60405161009e91906114d0565b60405180910390f35b6100ce7f76d9748de6da1da8e52b8260f130b36b95c94f2a6e50e8a1fecbfbce3579561381565b60405190815260200161009e565b6100ef6100ea366004611510565b610206565b005b6100f9600381565b60405160ff909116815260200161009e565b61011e610119366004611510565b6104cd565b604051901515815260200161009e565b6100ef61013c366004611561565b610542565b6100ce61100081565b6101526113f1565b610100821461019f5760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356101b0828261085c565b835250506060830135604084013560a085013560808601356101d484848484610949565b6020870152604086015260c0870135935060e087013592506101f6848461085c565b6060860152509295945050505050565b610100821461024e5760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606401610196565b5f5f61025983610c22565b915091505f6040516101008782377f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008201527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208201527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408201527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608201527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808201527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08201527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08201527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08201527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008201527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da61022082015283610240820152826102608201527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808201527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08201527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08201527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08201526020816103008360085afa9051169050806104c557604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b5f61010083146104de57505f61053b565b6040516335f8315960e11b81523090636bf062b29061050590879087908790600401611595565b5f6040518083038186803b15801561051b575f5ffd5b505afa92505050801561052c575060015b61053757505f61053b565b5060015b9392505050565b61054a61140f565b5f8061055c85825b6020020135610ec0565b90925090505f80808061057760408a013560208b0135610f5e565b929650909450925090505f8061058e8b6003610552565b915091505f5f61059d8c610c22565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f0bab628469c5ddcd4a76f4aeec266321df847b233b023e2fe6e4bc507a84b91b6101008e01527f13e98b13634e977f477fea33f2fc84cef2543543735e755ad8c19cb8e5c7e8406101208e01527f0923ccab1dabc52a1bd7e8deb289558dbf2db0cecfdaf01908f01b571aa2915b6101408e01527f0f7fdedb6c8463a3746626b8338abcf822c73629e5d7d187eb1d80d9298a5e1f6101608e01527f1e015f674b5004390623dd0e8c98af0142c9cf3bd7100f7cace7240fadcf30a76101808e01527f2b98de10adc9ff97c2e6564885d5640f424a54252897d909c6cb04ff927cf95d6101a08e01527f12253294ce28297ec043d42df8e52721db38042d6acd7bf6dc58cd27044ff7c56101c08e01527f0f248402e0f938b6f9d0ba21f8665bc2011a13cfeb43be8e0b37ac7b1fa5f0b76101e08e01527f293a63b2bdbdc6fa9af619b813f96cdb0c52f53716aadad8c167cdf77330a50b6102008e01527f04426ae35d15cca0f5fa97d1a49e34136d56536e2578653cb05fc656577a02da6102208e01526102408d018290526102608d018190527f27256da0907e1201b56126ad8913a065a9afd6e5f313b630e9286b137f3759b76102808e01527f2992d90246c2a250e12a769dde1145388a3e4554b6b89ba2420e9fba076eddde6102a08e01527f2181ee82fcc4f60f35b0435459112a19108ce65ae71d21c877445b01aad4d1806102c08e01527f17d996b96f6913630c0a7a48fabad279bb534a261116fbf2ba5f2427141270aa6102e08e015290925090505f61081161142e565b6020816103008f60085afa915081158061082d57508051600114155b1561084b57604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206116025f395f51905f528310158061088657505f5160206116025f395f51905f528210155b156108a457604051631ff3747d60e21b815260040160405180910390fd5b821580156108b0575081155b156108bc57505f610943565b5f6108f75f5160206116025f395f51905f5260035f5160206116025f395f51905f52875f5160206116025f395f51905f52898a090908611132565b905080830361090c575050600182901b610943565b61091581611194565b8303610928575050600182811b17610943565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206116025f395f51905f528610158061097457505f5160206116025f395f51905f528510155b8061098c57505f5160206116025f395f51905f528410155b806109a457505f5160206116025f395f51905f528310155b156109c257604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036109d957505f905080610c19565b5f80805f5160206116025f395f51905f52610a0260035f5160206116025f395f51905f526115e2565b5f5160206116025f395f51905f528a8c090990505f5f5160206116025f395f51905f528a5f5160206116025f395f51905f528c8d090990505f5f5160206116025f395f51905f528a5f5160206116025f395f51905f528c8d090990505f5160206116025f395f51905f52805f5160206116025f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610af05f5160206116025f395f51905f52805f5160206116025f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611194565b93505050505f5f610b3d5f5160206116025f395f51905f5280610b1557610b156115ce565b5f5160206116025f395f51905f528586095f5160206116025f395f51905f5287880908611132565b9050610b885f5160206116025f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206116025f395f51905f52848808096111ac565b15915050610b978383836111f4565b90935091508683148015610baa57508186145b15610bd25780610bba575f610bbd565b60025b60ff1660028a901b175f179450879350610c15565b610bdb83611194565b87148015610bf05750610bed82611194565b86145b156109285780610c00575f610c03565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f1aa1a36143d636f3c0b6a160f7f1dc02c620a083e43a818482005a3ef8c6ee1283527f1b07bd24403a15298895918b074c257a3cf7bb576d0df2c0721343b282ebf31e60208401527f0c2ff51cee842d7e5c96c0c73f87446a4850cb73f018af1dfaededb691ab7a7d82527f1031b3df297d904381d6a2af8e666a5e99b918ccf594ddd5e8ffed91fafa57606020830152863590508060408301525f5160206116225f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f104f4afd18b65385beb93b3c3e4c982d8ad7be1f34e19c9f7d86388f89ad05ad82527f10bd5213278688e52c7f469c592df89ba9a18068e5572328f8eade715766735b6020830152602087013590508060408301525f5160206116225f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f0e15eb442b4bb2fa805a8ae843684e5b72ad94dedeef32495b8f8da92de2617f82527f05630cab009ea1397fdd1d5aa4a9d17226137c1d4c7b27e90434d3298a7fc4646020830152604087013590508060408301525f5160206116225f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1d24a33828dbcca62d8c3b37e4a6a014f0c6cc2baa1e7edc863817384adf494882527f2665aac092be987ab3a7a914f3c0762ce3064408326821dfdd8644274ab655006020830152606087013590508060408301525f5160206116225f395f51905f528110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610eba5760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610ed357505f928392509050565b600183811c9250808416145f5160206116025f395f51905f528310610f0b57604051631ff3747d60e21b815260040160405180910390fd5b610f455f5160206116025f395f51905f5260035f5160206116025f395f51905f52865f5160206116025f395f51905f528889090908611132565b91508015610eba57610f5682611194565b915050915091565b5f80808085158015610f6e575084155b15610f8357505f925082915081905080611129565b600286811c945085935060018088161490808816145f5160206116025f395f51905f5286101580610fc157505f5160206116025f395f51905f528510155b15610fdf57604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206116025f395f51905f5261100660035f5160206116025f395f51905f526115e2565b5f5160206116025f395f51905f52888a090990505f5f5160206116025f395f51905f52885f5160206116025f395f51905f528a8b090990505f5f5160206116025f395f51905f52885f5160206116025f395f51905f528a8b090990505f5160206116025f395f51905f52805f5160206116025f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506110f45f5160206116025f395f51905f52805f5160206116025f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611194565b95506111018787866111f4565b909750955084156111235761111587611194565b965061112086611194565b95505b50505050505b92959194509250565b5f61115d827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611330565b9050815f5160206116025f395f51905f528283091461118f57604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206116025f395f51905f529081900681030690565b5f5f6111d8837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611330565b9050825f5160206116025f395f51905f52828309149392505050565b5f80806112235f5160206116025f395f51905f52808788095f5160206116025f395f51905f52898a0908611132565b905083156112375761123481611194565b90505b6112805f5160206116025f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206116025f395f51905f52848a0809611132565b92505f5160206116025f395f51905f526112aa5f5160206116025f395f51905f5260028609611393565b860991505f5160206116025f395f51905f526112d55f5160206116025f395f51905f52848509611194565b5f5160206116025f395f51905f52858609088614158061130957505f5160206116025f395f51905f52808385096002098514155b1561132757604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206116025f395f51905f5260a082015260208160c08360055afa9051925090508061094157604051631ff3747d60e21b815260040160405180910390fd5b5f6113be827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611330565b90505f5160206116025f395f51905f5281830960011461118f57604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f84011261145c575f5ffd5b50813567ffffffffffffffff811115611473575f5ffd5b60208301915083602082850101111561148a575f5ffd5b9250929050565b5f5f602083850312156114a2575f5ffd5b823567ffffffffffffffff8111156114b8575f5ffd5b6114c48582860161144c565b90969095509350505050565b6080810181835f5b60048110156114f75781518352602092830192909101906001016114d8565b50505092915050565b8060808101831015610943575f5ffd5b5f5f5f60a08486031215611522575f5ffd5b833567ffffffffffffffff811115611538575f5ffd5b6115448682870161144c565b909450925061155890508560208601611500565b90509250925092565b5f5f6101008385031215611573575f5ffd5b61157d8484611500565b915061158c8460808501611500565b90509250929050565b60a081528260a0820152828460c08301375f60c084830101525f60c0601f19601f86011683010190506080836020840137949350505050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561094357634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// StepVerifierClass3 is an auto generated Go binding around an Ethereum contract.
type StepVerifierClass3 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StepVerifierClass3) GetABI() abi.ABI {
	return c.abi
}

// NewStepVerifierClass3 creates a new instance of StepVerifierClass3.
func NewStepVerifierClass3() *StepVerifierClass3 {
	parsed, err := StepVerifierClass3MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StepVerifierClass3{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StepVerifierClass3) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCLASSID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13aea9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLASS_ID() view returns(uint8)
func (stepVerifierClass3 *StepVerifierClass3) PackCLASSID() []byte {
	enc, err := stepVerifierClass3.abi.Pack("CLASS_ID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLASSID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13aea9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLASS_ID() view returns(uint8)
func (stepVerifierClass3 *StepVerifierClass3) TryPackCLASSID() ([]byte, error) {
	return stepVerifierClass3.abi.Pack("CLASS_ID")
}

// UnpackCLASSID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb13aea9d.
//
// Solidity: function CLASS_ID() view returns(uint8)
func (stepVerifierClass3 *StepVerifierClass3) UnpackCLASSID(data []byte) (uint8, error) {
	out, err := stepVerifierClass3.abi.Unpack("CLASS_ID", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXINPUTWIDTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb24d9ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INPUT_WIDTH() view returns(uint256)
func (stepVerifierClass3 *StepVerifierClass3) PackMAXINPUTWIDTH() []byte {
	enc, err := stepVerifierClass3.abi.Pack("MAX_INPUT_WIDTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINPUTWIDTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb24d9ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INPUT_WIDTH() view returns(uint256)
func (stepVerifierClass3 *StepVerifierClass3) TryPackMAXINPUTWIDTH() ([]byte, error) {
	return stepVerifierClass3.abi.Pack("MAX_INPUT_WIDTH")
}

// UnpackMAXINPUTWIDTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb24d9ac.
//
// Solidity: function MAX_INPUT_WIDTH() view returns(uint256)
func (stepVerifierClass3 *StepVerifierClass3) UnpackMAXINPUTWIDTH(data []byte) (*big.Int, error) {
	out, err := stepVerifierClass3.abi.Unpack("MAX_INPUT_WIDTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVKHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1214698c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VK_HASH() view returns(bytes32)
func (stepVerifierClass3 *StepVerifierClass3) PackVKHASH() []byte {
	enc, err := stepVerifierClass3.abi.Pack("VK_HASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVKHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1214698c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VK_HASH() view returns(bytes32)
func (stepVerifierClass3 *StepVerifierClass3) TryPackVKHASH() ([]byte, error) {
	return stepVerifierClass3.abi.Pack("VK_HASH")
}

// UnpackVKHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1214698c.
//
// Solidity: function VK_HASH() view returns(bytes32)
func (stepVerifierClass3 *StepVerifierClass3) UnpackVKHASH(data []byte) ([32]byte, error) {
	out, err := stepVerifierClass3.abi.Unpack("VK_HASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (stepVerifierClass3 *StepVerifierClass3) PackCompressProof(proof []byte) []byte {
	enc, err := stepVerifierClass3.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (stepVerifierClass3 *StepVerifierClass3) TryPackCompressProof(proof []byte) ([]byte, error) {
	return stepVerifierClass3.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (stepVerifierClass3 *StepVerifierClass3) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := stepVerifierClass3.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (stepVerifierClass3 *StepVerifierClass3) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) []byte {
	enc, err := stepVerifierClass3.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2457c8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (stepVerifierClass3 *StepVerifierClass3) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) ([]byte, error) {
	return stepVerifierClass3.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (stepVerifierClass3 *StepVerifierClass3) PackVerifyProof(proof []byte, input [4]*big.Int) []byte {
	enc, err := stepVerifierClass3.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf062b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (stepVerifierClass3 *StepVerifierClass3) TryPackVerifyProof(proof []byte, input [4]*big.Int) ([]byte, error) {
	return stepVerifierClass3.abi.Pack("verifyProof", proof, input)
}

// PackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddceae17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (stepVerifierClass3 *StepVerifierClass3) PackVerifyStep(proof []byte, input [4]*big.Int) []byte {
	enc, err := stepVerifierClass3.abi.Pack("verifyStep", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddceae17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (stepVerifierClass3 *StepVerifierClass3) TryPackVerifyStep(proof []byte, input [4]*big.Int) ([]byte, error) {
	return stepVerifierClass3.abi.Pack("verifyStep", proof, input)
}

// UnpackVerifyStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddceae17.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (stepVerifierClass3 *StepVerifierClass3) UnpackVerifyStep(data []byte) (bool, error) {
	out, err := stepVerifierClass3.abi.Unpack("verifyStep", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stepVerifierClass3 *StepVerifierClass3) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stepVerifierClass3.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return stepVerifierClass3.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifierClass3.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return stepVerifierClass3.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StepVerifierClass3ProofInvalid represents a ProofInvalid error raised by the StepVerifierClass3 contract.
type StepVerifierClass3ProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func StepVerifierClass3ProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (stepVerifierClass3 *StepVerifierClass3) UnpackProofInvalidError(raw []byte) (*StepVerifierClass3ProofInvalid, error) {
	out := new(StepVerifierClass3ProofInvalid)
	if err := stepVerifierClass3.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierClass3PublicInputNotInField represents a PublicInputNotInField error raised by the StepVerifierClass3 contract.
type StepVerifierClass3PublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func StepVerifierClass3PublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (stepVerifierClass3 *StepVerifierClass3) UnpackPublicInputNotInFieldError(raw []byte) (*StepVerifierClass3PublicInputNotInField, error) {
	out := new(StepVerifierClass3PublicInputNotInField)
	if err := stepVerifierClass3.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TimelockMetaData contains all meta data concerning the Timelock contract.
var TimelockMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"executors\",\"type\":\"address[]\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"current\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"DelayDecrease\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"}],\"name\":\"TimelockInsufficientDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payloads\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"TimelockInvalidOperationLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"TimelockUnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"predecessorId\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexecutedPredecessor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operationId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexpectedOperationState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"CallExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"CallSalt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"CallScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDuration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDuration\",\"type\":\"uint256\"}],\"name\":\"MinDelayChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CANCELLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXECUTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getOperationState\",\"outputs\":[{\"internalType\":\"enumTimelockController.OperationState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperationBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationDone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationReady\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"schedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"scheduleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newDelay\",\"type\":\"uint256\"}],\"name\":\"updateDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Timelock",
	Bin: "0x608060405234801561000f575f5ffd5b50604051611d42380380611d4283398101604081905261002e916102fe565b8383838361003c5f30610183565b506001600160a01b03811615610058576100565f82610183565b505b5f5b83518110156100ec576100ac7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc18583815181106100995761009961037d565b602002602001015161018360201b60201c565b506100e37ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f7838583815181106100995761009961037d565b5060010161005a565b505f5b82518110156101375761012e7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638483815181106100995761009961037d565b506001016100ef565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a15050505050505050610391565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610223575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101db3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610226565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b0381168114610256575f5ffd5b919050565b5f82601f83011261026a575f5ffd5b81516001600160401b038111156102835761028361022c565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102b1576102b161022c565b6040529182526020818501810192908101868411156102ce575f5ffd5b6020860192505b838310156102f4576102e683610240565b8152602092830192016102d5565b5095945050505050565b5f5f5f5f60808587031215610311575f5ffd5b845160208601519094506001600160401b0381111561032e575f5ffd5b61033a8782880161025b565b604087015190945090506001600160401b03811115610357575f5ffd5b6103638782880161025b565b92505061037260608601610240565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b6119a48061039e5f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f14610546578063e38335e514610565578063f23a6e6114610578578063f27a0c92146105a3575f5ffd5b8063bc197c81146104d1578063c4d252f5146104fc578063d45c44351461051b575f5ffd5b806391d14854116100c257806391d148541461044d578063a217fddf1461046c578063b08e51c01461047f578063b1c5f427146104b2575f5ffd5b80638065657f146103dc5780638f2a0bb0146103fb5780638f61f4f51461041a575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610353578063584b153e1461037257806364d62353146103915780637958004c146103b0575f5ffd5b80632ab0f529146102f65780632f2ff15d1461031557806331d5075014610334575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102c8575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d73660046111a3565b6105b7565b005b3480156101e9575f5ffd5b506101fd6101f8366004611211565b61068b565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc610261366004611238565b61069b565b348015610271575f5ffd5b506101fd61028036600461129e565b61074d565b348015610290575f5ffd5b506102af61029f366004611364565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610209565b3480156102d3575f5ffd5b506102456102e236600461129e565b5f9081526020819052604090206001015490565b348015610301575f5ffd5b506101fd61031036600461129e565b610772565b348015610320575f5ffd5b506101dc61032f3660046113c7565b61077a565b34801561033f575f5ffd5b506101fd61034e36600461129e565b6107a4565b34801561035e575f5ffd5b506101dc61036d3660046113c7565b6107c8565b34801561037d575f5ffd5b506101fd61038c36600461129e565b610800565b34801561039c575f5ffd5b506101dc6103ab36600461129e565b610845565b3480156103bb575f5ffd5b506103cf6103ca36600461129e565b61088e565b6040516102099190611405565b3480156103e7575f5ffd5b506102456103f6366004611238565b6108d6565b348015610406575f5ffd5b506101dc61041536600461146b565b610914565b348015610425575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610458575f5ffd5b506101fd6104673660046113c7565b610aa0565b348015610477575f5ffd5b506102455f81565b34801561048a575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b3480156104bd575f5ffd5b506102456104cc36600461151d565b610ac8565b3480156104dc575f5ffd5b506102af6104eb366004611646565b63bc197c8160e01b95945050505050565b348015610507575f5ffd5b506101dc61051636600461129e565b610b0c565b348015610526575f5ffd5b5061024561053536600461129e565b5f9081526001602052604090205490565b348015610551575f5ffd5b506101dc6105603660046113c7565b610bb6565b6101dc61057336600461151d565b610bda565b348015610583575f5ffd5b506102af6105923660046116f2565b63f23a6e6160e01b95945050505050565b3480156105ae575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc16105e181610d5b565b5f6105f08989898989896108d6565b90506105fc8184610d68565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106379695949392919061176d565b60405180910390a3831561068057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161067791815260200190565b60405180910390a25b505050505050505050565b5f61069582610df9565b92915050565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e636106c6815f610aa0565b6106d4576106d48133610e1d565b5f6106e38888888888886108d6565b90506106ef8185610e56565b6106fb88888888610ea4565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a60405161073294939291906117a9565b60405180910390a361074381610f18565b5050505050505050565b5f60025b61075a8361088e565b600381111561076b5761076b6113f1565b1492915050565b5f6003610751565b5f8281526020819052604090206001015461079481610d5b565b61079e8383610f43565b50505050565b5f806107af8361088e565b60038111156107c0576107c06113f1565b141592915050565b6001600160a01b03811633146107f15760405163334bd91960e11b815260040160405180910390fd5b6107fb8282610fd2565b505050565b5f5f61080b8361088e565b90506001816003811115610821576108216113f1565b148061083e5750600281600381111561083c5761083c6113f1565b145b9392505050565b5f61084f60025490565b90508082101561088157604051631eb2af7f60e01b815260048101829052602481018390526044015b60405180910390fd5b61088a8261103b565b5050565b5f81815260016020526040812054805f036108ab57505f92915050565b600181036108bc5750600392915050565b428111156108cd5750600192915050565b50600292915050565b5f8686868686866040516020016108f29695949392919061176d565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161093e81610d5b565b888714158061094d5750888514155b1561097f576040516001624fcdef60e01b03198152600481018a90526024810186905260448101889052606401610878565b5f6109908b8b8b8b8b8b8b8b610ac8565b905061099c8184610d68565b5f5b8a811015610a515780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e858181106109db576109db6117d0565b90506020020160208101906109f091906117e4565b8d8d86818110610a0257610a026117d0565b905060200201358c8c87818110610a1b57610a1b6117d0565b9050602002810190610a2d91906117fd565b8c8b604051610a419695949392919061176d565b60405180910390a360010161099e565b508315610a9357807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610a8a91815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8888888888888888604051602001610ae89897969594939291906118d7565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610b3681610d5b565b610b3f82610800565b610b7b5781610b4e60026110a9565b610b5860016110a9565b604051635ead8eb560e01b81526004810193909352176024820152604401610878565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610bd081610d5b565b61079e8383610fd2565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63610c05815f610aa0565b610c1357610c138133610e1d565b8786141580610c225750878414155b15610c54576040516001624fcdef60e01b03198152600481018990526024810185905260448101879052606401610878565b5f610c658a8a8a8a8a8a8a8a610ac8565b9050610c718185610e56565b5f5b89811015610d45575f8b8b83818110610c8e57610c8e6117d0565b9050602002016020810190610ca391906117e4565b90505f8a8a84818110610cb857610cb86117d0565b905060200201359050365f8a8a86818110610cd557610cd56117d0565b9050602002810190610ce791906117fd565b91509150610cf784848484610ea4565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610d2e94939291906117a9565b60405180910390a350505050806001019050610c73565b50610d4f81610f18565b50505050505050505050565b610d658133610e1d565b50565b610d71826107a4565b15610da25781610d805f6110a9565b604051635ead8eb560e01b815260048101929092526024820152604401610878565b5f610dac60025490565b905080821015610dd957604051635433660960e01b81526004810183905260248101829052604401610878565b610de38242611976565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b14806106955750610695826110cb565b610e278282610aa0565b61088a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610878565b610e5f8261074d565b610e6e5781610d8060026110a9565b8015801590610e835750610e8181610772565b155b1561088a5760405163121534c360e31b815260048101829052602401610878565b5f5f856001600160a01b0316858585604051610ec1929190611995565b5f6040518083038185875af1925050503d805f8114610efb576040519150601f19603f3d011682016040523d82523d5f602084013e610f00565b606091505b5091509150610f0f82826110ff565b50505050505050565b610f218161074d565b610f305780610d8060026110a9565b5f90815260016020819052604090912055565b5f610f4e8383610aa0565b610fcb575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610f833390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610695565b505f610695565b5f610fdd8383610aa0565b15610fcb575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610695565b333081146110675760405163e2850c5960e01b81526001600160a01b0382166004820152602401610878565b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f8160038111156110bc576110bc6113f1565b600160ff919091161b92915050565b5f6001600160e01b03198216637965db0b60e01b148061069557506301ffc9a760e01b6001600160e01b0319831614610695565b6060821561110e575080610695565b8151156111235761111e8261113c565b610695565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b038116811461115a575f5ffd5b919050565b5f5f83601f84011261116f575f5ffd5b5081356001600160401b03811115611185575f5ffd5b60208301915083602082850101111561119c575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a0312156111b9575f5ffd5b6111c288611144565b96506020880135955060408801356001600160401b038111156111e3575f5ffd5b6111ef8a828b0161115f565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f60208284031215611221575f5ffd5b81356001600160e01b03198116811461083e575f5ffd5b5f5f5f5f5f5f60a0878903121561124d575f5ffd5b61125687611144565b95506020870135945060408701356001600160401b03811115611277575f5ffd5b61128389828a0161115f565b979a9699509760608101359660809091013595509350505050565b5f602082840312156112ae575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156112f1576112f16112b5565b604052919050565b5f82601f830112611308575f5ffd5b81356001600160401b03811115611321576113216112b5565b611334601f8201601f19166020016112c9565b818152846020838601011115611348575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611377575f5ffd5b61138085611144565b935061138e60208601611144565b92506040850135915060608501356001600160401b038111156113af575f5ffd5b6113bb878288016112f9565b91505092959194509250565b5f5f604083850312156113d8575f5ffd5b823591506113e860208401611144565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b602081016004831061142557634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f84011261143b575f5ffd5b5081356001600160401b03811115611451575f5ffd5b6020830191508360208260051b850101111561119c575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611483575f5ffd5b89356001600160401b03811115611498575f5ffd5b6114a48c828d0161142b565b909a5098505060208a01356001600160401b038111156114c2575f5ffd5b6114ce8c828d0161142b565b90985096505060408a01356001600160401b038111156114ec575f5ffd5b6114f88c828d0161142b565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b031215611534575f5ffd5b88356001600160401b03811115611549575f5ffd5b6115558b828c0161142b565b90995097505060208901356001600160401b03811115611573575f5ffd5b61157f8b828c0161142b565b90975095505060408901356001600160401b0381111561159d575f5ffd5b6115a98b828c0161142b565b999c989b509699959896976060870135966080013595509350505050565b5f82601f8301126115d6575f5ffd5b81356001600160401b038111156115ef576115ef6112b5565b8060051b6115ff602082016112c9565b9182526020818501810192908101908684111561161a575f5ffd5b6020860192505b8383101561163c578235825260209283019290910190611621565b9695505050505050565b5f5f5f5f5f60a0868803121561165a575f5ffd5b61166386611144565b945061167160208701611144565b935060408601356001600160401b0381111561168b575f5ffd5b611697888289016115c7565b93505060608601356001600160401b038111156116b2575f5ffd5b6116be888289016115c7565b92505060808601356001600160401b038111156116d9575f5ffd5b6116e5888289016112f9565b9150509295509295909350565b5f5f5f5f5f60a08688031215611706575f5ffd5b61170f86611144565b945061171d60208701611144565b9350604086013592506060860135915060808601356001600160401b038111156116d9575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61179460a083018688611745565b60608301949094525060800152949350505050565b60018060a01b0385168152836020820152606060408201525f61163c606083018486611745565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156117f4575f5ffd5b61083e82611144565b5f5f8335601e19843603018112611812575f5ffd5b8301803591506001600160401b0382111561182b575f5ffd5b60200191503681900382131561119c575f5ffd5b5f8383855260208501945060208460051b820101835f601e19863603015b878210156118ca57848403601f19018952823581811261187b575f5ffd5b87016020810190356001600160401b03811115611896575f5ffd5b8036038213156118a4575f5ffd5b6118af868284611745565b9550505060208301925060208901985060018201915061185d565b5091979650505050505050565b60a080825281018890525f8960c08301825b8b811015611917576001600160a01b0361190284611144565b168252602092830192909101906001016118e9565b5083810360208501528881526001600160fb1b03891115611936575f5ffd5b8860051b9150818a6020830137018281036020908101604085015261195e908201878961183f565b60608401959095525050608001529695505050505050565b8082018082111561069557634e487b7160e01b5f52601160045260245ffd5b818382375f910190815291905056",
}

// Timelock is an auto generated Go binding around an Ethereum contract.
type Timelock struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Timelock) GetABI() abi.ABI {
	return c.abi
}

// NewTimelock creates a new instance of Timelock.
func NewTimelock() *Timelock {
	parsed, err := TimelockMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Timelock{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Timelock) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minDelay, address[] proposers, address[] executors, address admin) returns()
func (timelock *Timelock) PackConstructor(minDelay *big.Int, proposers []common.Address, executors []common.Address, admin common.Address) []byte {
	enc, err := timelock.abi.Pack("", minDelay, proposers, executors, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (timelock *Timelock) PackCANCELLERROLE() []byte {
	enc, err := timelock.abi.Pack("CANCELLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (timelock *Timelock) TryPackCANCELLERROLE() ([]byte, error) {
	return timelock.abi.Pack("CANCELLER_ROLE")
}

// UnpackCANCELLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (timelock *Timelock) UnpackCANCELLERROLE(data []byte) ([32]byte, error) {
	out, err := timelock.abi.Unpack("CANCELLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (timelock *Timelock) PackDEFAULTADMINROLE() []byte {
	enc, err := timelock.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (timelock *Timelock) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return timelock.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (timelock *Timelock) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := timelock.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (timelock *Timelock) PackEXECUTORROLE() []byte {
	enc, err := timelock.abi.Pack("EXECUTOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (timelock *Timelock) TryPackEXECUTORROLE() ([]byte, error) {
	return timelock.abi.Pack("EXECUTOR_ROLE")
}

// UnpackEXECUTORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (timelock *Timelock) UnpackEXECUTORROLE(data []byte) ([32]byte, error) {
	out, err := timelock.abi.Unpack("EXECUTOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (timelock *Timelock) PackPROPOSERROLE() []byte {
	enc, err := timelock.abi.Pack("PROPOSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (timelock *Timelock) TryPackPROPOSERROLE() ([]byte, error) {
	return timelock.abi.Pack("PROPOSER_ROLE")
}

// UnpackPROPOSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (timelock *Timelock) UnpackPROPOSERROLE(data []byte) ([32]byte, error) {
	out, err := timelock.abi.Unpack("PROPOSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 id) returns()
func (timelock *Timelock) PackCancel(id [32]byte) []byte {
	enc, err := timelock.abi.Pack("cancel", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 id) returns()
func (timelock *Timelock) TryPackCancel(id [32]byte) ([]byte, error) {
	return timelock.abi.Pack("cancel", id)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (timelock *Timelock) PackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := timelock.abi.Pack("execute", target, value, payload, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (timelock *Timelock) TryPackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return timelock.abi.Pack("execute", target, value, payload, predecessor, salt)
}

// PackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (timelock *Timelock) PackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := timelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (timelock *Timelock) TryPackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return timelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
}

// PackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinDelay() view returns(uint256)
func (timelock *Timelock) PackGetMinDelay() []byte {
	enc, err := timelock.abi.Pack("getMinDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinDelay() view returns(uint256)
func (timelock *Timelock) TryPackGetMinDelay() ([]byte, error) {
	return timelock.abi.Pack("getMinDelay")
}

// UnpackGetMinDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (timelock *Timelock) UnpackGetMinDelay(data []byte) (*big.Int, error) {
	out, err := timelock.abi.Unpack("getMinDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (timelock *Timelock) PackGetOperationState(id [32]byte) []byte {
	enc, err := timelock.abi.Pack("getOperationState", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (timelock *Timelock) TryPackGetOperationState(id [32]byte) ([]byte, error) {
	return timelock.abi.Pack("getOperationState", id)
}

// UnpackGetOperationState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7958004c.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (timelock *Timelock) UnpackGetOperationState(data []byte) (uint8, error) {
	out, err := timelock.abi.Unpack("getOperationState", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (timelock *Timelock) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := timelock.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (timelock *Timelock) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return timelock.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (timelock *Timelock) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := timelock.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (timelock *Timelock) PackGetTimestamp(id [32]byte) []byte {
	enc, err := timelock.abi.Pack("getTimestamp", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (timelock *Timelock) TryPackGetTimestamp(id [32]byte) ([]byte, error) {
	return timelock.abi.Pack("getTimestamp", id)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (timelock *Timelock) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := timelock.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (timelock *Timelock) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := timelock.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (timelock *Timelock) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return timelock.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (timelock *Timelock) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := timelock.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (timelock *Timelock) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return timelock.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (timelock *Timelock) UnpackHasRole(data []byte) (bool, error) {
	out, err := timelock.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (timelock *Timelock) PackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := timelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (timelock *Timelock) TryPackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return timelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
}

// UnpackHashOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (timelock *Timelock) UnpackHashOperation(data []byte) ([32]byte, error) {
	out, err := timelock.abi.Unpack("hashOperation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (timelock *Timelock) PackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := timelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (timelock *Timelock) TryPackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return timelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
}

// UnpackHashOperationBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (timelock *Timelock) UnpackHashOperationBatch(data []byte) ([32]byte, error) {
	out, err := timelock.abi.Unpack("hashOperationBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (timelock *Timelock) PackIsOperation(id [32]byte) []byte {
	enc, err := timelock.abi.Pack("isOperation", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (timelock *Timelock) TryPackIsOperation(id [32]byte) ([]byte, error) {
	return timelock.abi.Pack("isOperation", id)
}

// UnpackIsOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (timelock *Timelock) UnpackIsOperation(data []byte) (bool, error) {
	out, err := timelock.abi.Unpack("isOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (timelock *Timelock) PackIsOperationDone(id [32]byte) []byte {
	enc, err := timelock.abi.Pack("isOperationDone", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (timelock *Timelock) TryPackIsOperationDone(id [32]byte) ([]byte, error) {
	return timelock.abi.Pack("isOperationDone", id)
}

// UnpackIsOperationDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (timelock *Timelock) UnpackIsOperationDone(data []byte) (bool, error) {
	out, err := timelock.abi.Unpack("isOperationDone", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (timelock *Timelock) PackIsOperationPending(id [32]byte) []byte {
	enc, err := timelock.abi.Pack("isOperationPending", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (timelock *Timelock) TryPackIsOperationPending(id [32]byte) ([]byte, error) {
	return timelock.abi.Pack("isOperationPending", id)
}

// UnpackIsOperationPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (timelock *Timelock) UnpackIsOperationPending(data []byte) (bool, error) {
	out, err := timelock.abi.Unpack("isOperationPending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (timelock *Timelock) PackIsOperationReady(id [32]byte) []byte {
	enc, err := timelock.abi.Pack("isOperationReady", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (timelock *Timelock) TryPackIsOperationReady(id [32]byte) ([]byte, error) {
	return timelock.abi.Pack("isOperationReady", id)
}

// UnpackIsOperationReady is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (timelock *Timelock) UnpackIsOperationReady(data []byte) (bool, error) {
	out, err := timelock.abi.Unpack("isOperationReady", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (timelock *Timelock) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := timelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (timelock *Timelock) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return timelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (timelock *Timelock) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := timelock.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (timelock *Timelock) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := timelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (timelock *Timelock) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return timelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (timelock *Timelock) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := timelock.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (timelock *Timelock) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := timelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (timelock *Timelock) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return timelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (timelock *Timelock) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := timelock.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (timelock *Timelock) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := timelock.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (timelock *Timelock) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return timelock.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (timelock *Timelock) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := timelock.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (timelock *Timelock) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return timelock.abi.Pack("revokeRole", role, account)
}

// PackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (timelock *Timelock) PackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := timelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (timelock *Timelock) TryPackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return timelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
}

// PackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (timelock *Timelock) PackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := timelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (timelock *Timelock) TryPackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return timelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (timelock *Timelock) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := timelock.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (timelock *Timelock) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return timelock.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (timelock *Timelock) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := timelock.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (timelock *Timelock) PackUpdateDelay(newDelay *big.Int) []byte {
	enc, err := timelock.abi.Pack("updateDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (timelock *Timelock) TryPackUpdateDelay(newDelay *big.Int) ([]byte, error) {
	return timelock.abi.Pack("updateDelay", newDelay)
}

// TimelockCallExecuted represents a CallExecuted event raised by the Timelock contract.
type TimelockCallExecuted struct {
	Id     [32]byte
	Index  *big.Int
	Target common.Address
	Value  *big.Int
	Data   []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const TimelockCallExecutedEventName = "CallExecuted"

// ContractEventName returns the user-defined event name.
func (TimelockCallExecuted) ContractEventName() string {
	return TimelockCallExecutedEventName
}

// UnpackCallExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (timelock *Timelock) UnpackCallExecutedEvent(log *types.Log) (*TimelockCallExecuted, error) {
	event := "CallExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != timelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TimelockCallExecuted)
	if len(log.Data) > 0 {
		if err := timelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range timelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TimelockCallSalt represents a CallSalt event raised by the Timelock contract.
type TimelockCallSalt struct {
	Id   [32]byte
	Salt [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const TimelockCallSaltEventName = "CallSalt"

// ContractEventName returns the user-defined event name.
func (TimelockCallSalt) ContractEventName() string {
	return TimelockCallSaltEventName
}

// UnpackCallSaltEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (timelock *Timelock) UnpackCallSaltEvent(log *types.Log) (*TimelockCallSalt, error) {
	event := "CallSalt"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != timelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TimelockCallSalt)
	if len(log.Data) > 0 {
		if err := timelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range timelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TimelockCallScheduled represents a CallScheduled event raised by the Timelock contract.
type TimelockCallScheduled struct {
	Id          [32]byte
	Index       *big.Int
	Target      common.Address
	Value       *big.Int
	Data        []byte
	Predecessor [32]byte
	Delay       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const TimelockCallScheduledEventName = "CallScheduled"

// ContractEventName returns the user-defined event name.
func (TimelockCallScheduled) ContractEventName() string {
	return TimelockCallScheduledEventName
}

// UnpackCallScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (timelock *Timelock) UnpackCallScheduledEvent(log *types.Log) (*TimelockCallScheduled, error) {
	event := "CallScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != timelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TimelockCallScheduled)
	if len(log.Data) > 0 {
		if err := timelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range timelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TimelockCancelled represents a Cancelled event raised by the Timelock contract.
type TimelockCancelled struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const TimelockCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (TimelockCancelled) ContractEventName() string {
	return TimelockCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (timelock *Timelock) UnpackCancelledEvent(log *types.Log) (*TimelockCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != timelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TimelockCancelled)
	if len(log.Data) > 0 {
		if err := timelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range timelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TimelockMinDelayChange represents a MinDelayChange event raised by the Timelock contract.
type TimelockMinDelayChange struct {
	OldDuration *big.Int
	NewDuration *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const TimelockMinDelayChangeEventName = "MinDelayChange"

// ContractEventName returns the user-defined event name.
func (TimelockMinDelayChange) ContractEventName() string {
	return TimelockMinDelayChangeEventName
}

// UnpackMinDelayChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (timelock *Timelock) UnpackMinDelayChangeEvent(log *types.Log) (*TimelockMinDelayChange, error) {
	event := "MinDelayChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != timelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TimelockMinDelayChange)
	if len(log.Data) > 0 {
		if err := timelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range timelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TimelockRoleAdminChanged represents a RoleAdminChanged event raised by the Timelock contract.
type TimelockRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TimelockRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TimelockRoleAdminChanged) ContractEventName() string {
	return TimelockRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (timelock *Timelock) UnpackRoleAdminChangedEvent(log *types.Log) (*TimelockRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != timelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TimelockRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := timelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range timelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TimelockRoleGranted represents a RoleGranted event raised by the Timelock contract.
type TimelockRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TimelockRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TimelockRoleGranted) ContractEventName() string {
	return TimelockRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (timelock *Timelock) UnpackRoleGrantedEvent(log *types.Log) (*TimelockRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != timelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TimelockRoleGranted)
	if len(log.Data) > 0 {
		if err := timelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range timelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TimelockRoleRevoked represents a RoleRevoked event raised by the Timelock contract.
type TimelockRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TimelockRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TimelockRoleRevoked) ContractEventName() string {
	return TimelockRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (timelock *Timelock) UnpackRoleRevokedEvent(log *types.Log) (*TimelockRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != timelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TimelockRoleRevoked)
	if len(log.Data) > 0 {
		if err := timelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range timelock.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (timelock *Timelock) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], timelock.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return timelock.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], timelock.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return timelock.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], timelock.abi.Errors["DelayDecrease"].ID.Bytes()[:4]) {
		return timelock.UnpackDelayDecreaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], timelock.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return timelock.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], timelock.abi.Errors["TimelockInsufficientDelay"].ID.Bytes()[:4]) {
		return timelock.UnpackTimelockInsufficientDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], timelock.abi.Errors["TimelockInvalidOperationLength"].ID.Bytes()[:4]) {
		return timelock.UnpackTimelockInvalidOperationLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], timelock.abi.Errors["TimelockUnauthorizedCaller"].ID.Bytes()[:4]) {
		return timelock.UnpackTimelockUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], timelock.abi.Errors["TimelockUnexecutedPredecessor"].ID.Bytes()[:4]) {
		return timelock.UnpackTimelockUnexecutedPredecessorError(raw[4:])
	}
	if bytes.Equal(raw[:4], timelock.abi.Errors["TimelockUnexpectedOperationState"].ID.Bytes()[:4]) {
		return timelock.UnpackTimelockUnexpectedOperationStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TimelockAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Timelock contract.
type TimelockAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TimelockAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (timelock *Timelock) UnpackAccessControlBadConfirmationError(raw []byte) (*TimelockAccessControlBadConfirmation, error) {
	out := new(TimelockAccessControlBadConfirmation)
	if err := timelock.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TimelockAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Timelock contract.
type TimelockAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TimelockAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (timelock *Timelock) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TimelockAccessControlUnauthorizedAccount, error) {
	out := new(TimelockAccessControlUnauthorizedAccount)
	if err := timelock.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TimelockDelayDecrease represents a DelayDecrease error raised by the Timelock contract.
type TimelockDelayDecrease struct {
	Current   *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayDecrease(uint256 current, uint256 requested)
func TimelockDelayDecreaseErrorID() common.Hash {
	return common.HexToHash("0x1eb2af7f9eed2e7597c03bf4e19a535f684a38a20f07acfcd1f93b74602ccf73")
}

// UnpackDelayDecreaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayDecrease(uint256 current, uint256 requested)
func (timelock *Timelock) UnpackDelayDecreaseError(raw []byte) (*TimelockDelayDecrease, error) {
	out := new(TimelockDelayDecrease)
	if err := timelock.abi.UnpackIntoInterface(out, "DelayDecrease", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TimelockFailedCall represents a FailedCall error raised by the Timelock contract.
type TimelockFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func TimelockFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (timelock *Timelock) UnpackFailedCallError(raw []byte) (*TimelockFailedCall, error) {
	out := new(TimelockFailedCall)
	if err := timelock.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TimelockTimelockInsufficientDelay represents a TimelockInsufficientDelay error raised by the Timelock contract.
type TimelockTimelockInsufficientDelay struct {
	Delay    *big.Int
	MinDelay *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func TimelockTimelockInsufficientDelayErrorID() common.Hash {
	return common.HexToHash("0x543366097fc46a718a4890a59e5216cbbc872f61973a9e2a6666ecccaa1a07ca")
}

// UnpackTimelockInsufficientDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func (timelock *Timelock) UnpackTimelockInsufficientDelayError(raw []byte) (*TimelockTimelockInsufficientDelay, error) {
	out := new(TimelockTimelockInsufficientDelay)
	if err := timelock.abi.UnpackIntoInterface(out, "TimelockInsufficientDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TimelockTimelockInvalidOperationLength represents a TimelockInvalidOperationLength error raised by the Timelock contract.
type TimelockTimelockInvalidOperationLength struct {
	Targets  *big.Int
	Payloads *big.Int
	Values   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func TimelockTimelockInvalidOperationLengthErrorID() common.Hash {
	return common.HexToHash("0xffb0321166292613ddbe36e2eb9b9b1e8877aa314505f6d35f0f4ae660e8ada3")
}

// UnpackTimelockInvalidOperationLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func (timelock *Timelock) UnpackTimelockInvalidOperationLengthError(raw []byte) (*TimelockTimelockInvalidOperationLength, error) {
	out := new(TimelockTimelockInvalidOperationLength)
	if err := timelock.abi.UnpackIntoInterface(out, "TimelockInvalidOperationLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TimelockTimelockUnauthorizedCaller represents a TimelockUnauthorizedCaller error raised by the Timelock contract.
type TimelockTimelockUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func TimelockTimelockUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xe2850c5900ceb2d1b367e63ffd96510279f191862fece2dde12a1b1bce580ebd")
}

// UnpackTimelockUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func (timelock *Timelock) UnpackTimelockUnauthorizedCallerError(raw []byte) (*TimelockTimelockUnauthorizedCaller, error) {
	out := new(TimelockTimelockUnauthorizedCaller)
	if err := timelock.abi.UnpackIntoInterface(out, "TimelockUnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TimelockTimelockUnexecutedPredecessor represents a TimelockUnexecutedPredecessor error raised by the Timelock contract.
type TimelockTimelockUnexecutedPredecessor struct {
	PredecessorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func TimelockTimelockUnexecutedPredecessorErrorID() common.Hash {
	return common.HexToHash("0x90a9a618cfd84aabd2505bb50bbc6c95924a5d4f10d2bf500768fcbf91f51cab")
}

// UnpackTimelockUnexecutedPredecessorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func (timelock *Timelock) UnpackTimelockUnexecutedPredecessorError(raw []byte) (*TimelockTimelockUnexecutedPredecessor, error) {
	out := new(TimelockTimelockUnexecutedPredecessor)
	if err := timelock.abi.UnpackIntoInterface(out, "TimelockUnexecutedPredecessor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TimelockTimelockUnexpectedOperationState represents a TimelockUnexpectedOperationState error raised by the Timelock contract.
type TimelockTimelockUnexpectedOperationState struct {
	OperationId    [32]byte
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func TimelockTimelockUnexpectedOperationStateErrorID() common.Hash {
	return common.HexToHash("0x5ead8eb51d1c1b7ef2eb1ef3ec2f009cfba25e924d04ccc853f25803ea40b489")
}

// UnpackTimelockUnexpectedOperationStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func (timelock *Timelock) UnpackTimelockUnexpectedOperationStateError(raw []byte) (*TimelockTimelockUnexpectedOperationState, error) {
	out := new(TimelockTimelockUnexpectedOperationState)
	if err := timelock.abi.UnpackIntoInterface(out, "TimelockUnexpectedOperationState", raw); err != nil {
		return nil, err
	}
	return out, nil
}
