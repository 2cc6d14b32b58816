// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testonly

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

// HookTokenMetaData contains all meta data concerning the HookToken contract.
var HookTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"hooked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registerHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "HookToken",
	Bin: "0x608060405234801561000f575f5ffd5b5060405180604001604052806004815260200163686f6f6b60e01b81525060405180604001604052806004815260200163484f4f4b60e01b81525081600390816100599190610111565b5060046100668282610111565b5050506101cf565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009657607f821691505b6020821081036100b457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010c578282111561010c57805f5260205f20601f840160051c60208510156100e557505f5b90810190601f840160051c035f5b81811015610108575f838201556001016100f3565b5050505b505050565b81516001600160401b0381111561012a5761012a61006e565b61013e816101388454610082565b846100ba565b6020601f821160018114610170575f83156101595750848201515b5f19600385901b1c1916600184901b1784556101c8565b5f84815260208120601f198516915b8281101561019f578785015182556020948501946001909201910161017f565b50848210156101bc57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b610807806101dc5f395ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c806370a082311161006e57806370a082311461013f5780638c46092c1461016757806395d89b4114610189578063a9059cbb14610191578063db128c52146101a4578063dd62ed3e146101c2575f5ffd5b806306fdde03146100b5578063095ea7b3146100d357806318160ddd146100f657806323b872dd14610108578063313ce5671461011b57806340c10f191461012a575b5f5ffd5b6100bd6101fa565b6040516100ca91906106ad565b60405180910390f35b6100e66100e13660046106fd565b61028a565b60405190151581526020016100ca565b6002545b6040519081526020016100ca565b6100e6610116366004610725565b6102a3565b604051601281526020016100ca565b61013d6101383660046106fd565b6102c6565b005b6100fa61014d36600461075f565b6001600160a01b03165f9081526020819052604090205490565b6100e661017536600461075f565b60056020525f908152604090205460ff1681565b6100bd6102d4565b6100e661019f3660046106fd565b6102e3565b61013d335f908152600560205260409020805460ff19166001179055565b6100fa6101d036600461077f565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b606060038054610209906107b0565b80601f0160208091040260200160405190810160405280929190818152602001828054610235906107b0565b80156102805780601f1061025757610100808354040283529160200191610280565b820191905f5260205f20905b81548152906001019060200180831161026357829003601f168201915b5050505050905090565b5f336102978185856102f0565b60019150505b92915050565b5f336102b0858285610302565b6102bb858585610383565b506001949350505050565b6102d082826103e0565b5050565b606060048054610209906107b0565b5f33610297818585610383565b6102fd8383836001610414565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561037d578181101561036f57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61037d84848484035f610414565b50505050565b6001600160a01b0383166103ac57604051634b637e8f60e11b81525f6004820152602401610366565b6001600160a01b0382166103d55760405163ec442f0560e01b81525f6004820152602401610366565b6102fd8383836104e6565b6001600160a01b0382166104095760405163ec442f0560e01b81525f6004820152602401610366565b6102d05f83836104e6565b6001600160a01b03841661043d5760405163e602df0560e01b81525f6004820152602401610366565b6001600160a01b03831661046657604051634a1406b160e11b81525f6004820152602401610366565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561037d57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516104d891815260200190565b60405180910390a350505050565b6104f1838383610587565b6001600160a01b0383161580159061052057506001600160a01b0382165f9081526005602052604090205460ff165b156102fd5760405163040d7ed760e21b81526001600160a01b03848116600483015260248201839052831690631035fb5c906044015f604051808303815f87803b15801561056c575f5ffd5b505af115801561057e573d5f5f3e3d5ffd5b50505050505050565b6001600160a01b0383166105b1578060025f8282546105a691906107e8565b909155506106219050565b6001600160a01b0383165f90815260208190526040902054818110156106035760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610366565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661063d5760028054829003905561065b565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516106a091815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146106f8575f5ffd5b919050565b5f5f6040838503121561070e575f5ffd5b610717836106e2565b946020939093013593505050565b5f5f5f60608486031215610737575f5ffd5b610740846106e2565b925061074e602085016106e2565b929592945050506040919091013590565b5f6020828403121561076f575f5ffd5b610778826106e2565b9392505050565b5f5f60408385031215610790575f5ffd5b610799836106e2565b91506107a7602084016106e2565b90509250929050565b600181811c908216806107c457607f821691505b6020821081036107e257634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561029d57634e487b7160e01b5f52601160045260245ffd",
}

// HookToken is an auto generated Go binding around an Ethereum contract.
type HookToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HookToken) GetABI() abi.ABI {
	return c.abi
}

// NewHookToken creates a new instance of HookToken.
func NewHookToken() *HookToken {
	parsed, err := HookTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HookToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HookToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookToken *HookToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := hookToken.abi.Pack("allowance", owner, spender)
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
func (hookToken *HookToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return hookToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookToken *HookToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := hookToken.abi.Unpack("allowance", data)
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
func (hookToken *HookToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := hookToken.abi.Pack("approve", spender, value)
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
func (hookToken *HookToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hookToken *HookToken) UnpackApprove(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("approve", data)
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
func (hookToken *HookToken) PackBalanceOf(account common.Address) []byte {
	enc, err := hookToken.abi.Pack("balanceOf", account)
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
func (hookToken *HookToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return hookToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hookToken *HookToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := hookToken.abi.Unpack("balanceOf", data)
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
func (hookToken *HookToken) PackDecimals() []byte {
	enc, err := hookToken.abi.Pack("decimals")
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
func (hookToken *HookToken) TryPackDecimals() ([]byte, error) {
	return hookToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (hookToken *HookToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := hookToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackHooked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c46092c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hooked(address ) view returns(bool)
func (hookToken *HookToken) PackHooked(arg0 common.Address) []byte {
	enc, err := hookToken.abi.Pack("hooked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHooked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c46092c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hooked(address ) view returns(bool)
func (hookToken *HookToken) TryPackHooked(arg0 common.Address) ([]byte, error) {
	return hookToken.abi.Pack("hooked", arg0)
}

// UnpackHooked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c46092c.
//
// Solidity: function hooked(address ) view returns(bool)
func (hookToken *HookToken) UnpackHooked(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("hooked", data)
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
func (hookToken *HookToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := hookToken.abi.Pack("mint", to, amount)
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
func (hookToken *HookToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (hookToken *HookToken) PackName() []byte {
	enc, err := hookToken.abi.Pack("name")
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
func (hookToken *HookToken) TryPackName() ([]byte, error) {
	return hookToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (hookToken *HookToken) UnpackName(data []byte) (string, error) {
	out, err := hookToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackRegisterHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb128c52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerHook() returns()
func (hookToken *HookToken) PackRegisterHook() []byte {
	enc, err := hookToken.abi.Pack("registerHook")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb128c52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerHook() returns()
func (hookToken *HookToken) TryPackRegisterHook() ([]byte, error) {
	return hookToken.abi.Pack("registerHook")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (hookToken *HookToken) PackSymbol() []byte {
	enc, err := hookToken.abi.Pack("symbol")
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
func (hookToken *HookToken) TryPackSymbol() ([]byte, error) {
	return hookToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (hookToken *HookToken) UnpackSymbol(data []byte) (string, error) {
	out, err := hookToken.abi.Unpack("symbol", data)
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
func (hookToken *HookToken) PackTotalSupply() []byte {
	enc, err := hookToken.abi.Pack("totalSupply")
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
func (hookToken *HookToken) TryPackTotalSupply() ([]byte, error) {
	return hookToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookToken *HookToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := hookToken.abi.Unpack("totalSupply", data)
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
func (hookToken *HookToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := hookToken.abi.Pack("transfer", to, value)
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
func (hookToken *HookToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hookToken *HookToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("transfer", data)
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
func (hookToken *HookToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := hookToken.abi.Pack("transferFrom", from, to, value)
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
func (hookToken *HookToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hookToken *HookToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// HookTokenApproval represents a Approval event raised by the HookToken contract.
type HookTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (HookTokenApproval) ContractEventName() string {
	return HookTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (hookToken *HookToken) UnpackApprovalEvent(log *types.Log) (*HookTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookTokenApproval)
	if len(log.Data) > 0 {
		if err := hookToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookToken.abi.Events[event].Inputs {
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

// HookTokenTransfer represents a Transfer event raised by the HookToken contract.
type HookTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const HookTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (HookTokenTransfer) ContractEventName() string {
	return HookTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (hookToken *HookToken) UnpackTransferEvent(log *types.Log) (*HookTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookTokenTransfer)
	if len(log.Data) > 0 {
		if err := hookToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookToken.abi.Events[event].Inputs {
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
func (hookToken *HookToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HookTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the HookToken contract.
type HookTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func HookTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (hookToken *HookToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*HookTokenERC20InsufficientAllowance, error) {
	out := new(HookTokenERC20InsufficientAllowance)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the HookToken contract.
type HookTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func HookTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (hookToken *HookToken) UnpackERC20InsufficientBalanceError(raw []byte) (*HookTokenERC20InsufficientBalance, error) {
	out := new(HookTokenERC20InsufficientBalance)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the HookToken contract.
type HookTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func HookTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (hookToken *HookToken) UnpackERC20InvalidApproverError(raw []byte) (*HookTokenERC20InvalidApprover, error) {
	out := new(HookTokenERC20InvalidApprover)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the HookToken contract.
type HookTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func HookTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (hookToken *HookToken) UnpackERC20InvalidReceiverError(raw []byte) (*HookTokenERC20InvalidReceiver, error) {
	out := new(HookTokenERC20InvalidReceiver)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the HookToken contract.
type HookTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func HookTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (hookToken *HookToken) UnpackERC20InvalidSenderError(raw []byte) (*HookTokenERC20InvalidSender, error) {
	out := new(HookTokenERC20InvalidSender)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the HookToken contract.
type HookTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func HookTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (hookToken *HookToken) UnpackERC20InvalidSpenderError(raw []byte) (*HookTokenERC20InvalidSpender, error) {
	out := new(HookTokenERC20InvalidSpender)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITokenReceiverMetaData contains all meta data concerning the ITokenReceiver contract.
var ITokenReceiverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"onTokenReceived\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ITokenReceiver",
}

// ITokenReceiver is an auto generated Go binding around an Ethereum contract.
type ITokenReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ITokenReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewITokenReceiver creates a new instance of ITokenReceiver.
func NewITokenReceiver() *ITokenReceiver {
	parsed, err := ITokenReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ITokenReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ITokenReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackOnTokenReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1035fb5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTokenReceived(address from, uint256 amount) returns()
func (iTokenReceiver *ITokenReceiver) PackOnTokenReceived(from common.Address, amount *big.Int) []byte {
	enc, err := iTokenReceiver.abi.Pack("onTokenReceived", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTokenReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1035fb5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTokenReceived(address from, uint256 amount) returns()
func (iTokenReceiver *ITokenReceiver) TryPackOnTokenReceived(from common.Address, amount *big.Int) ([]byte, error) {
	return iTokenReceiver.abi.Pack("onTokenReceived", from, amount)
}

// L1CodecHarnessMetaData contains all meta data concerning the L1CodecHarness contract.
var L1CodecHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"}],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"preStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"messagesConsumed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"messagesRollingHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"}],\"internalType\":\"structL1Codec.BatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"name\":\"msgHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"rolling\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageHash\",\"type\":\"bytes32\"}],\"name\":\"nextRolling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"}],\"internalType\":\"structL1Codec.ReceiptLeaf\",\"name\":\"r\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gpuMillis\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structL1Codec.ReceiptAuth\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"}],\"name\":\"postReceiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"}],\"name\":\"receiptId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"}],\"internalType\":\"structL1Codec.ReceiptLeaf\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"receiptLeafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"withdrawalId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structL1Codec.WithdrawalLeaf\",\"name\":\"w\",\"type\":\"tuple\"}],\"name\":\"withdrawalLeafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "L1CodecHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50610cc88061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c806390135fe41161006357806390135fe41461010357806393b8963414610116578063ed9eb82014610129578063f1b3e2b41461013c578063f4dbc0eb146101ad575f5ffd5b80634d5fbd44146100945780635966c3ab146100ba5780635a9a49c7146100cd578063630faae4146100f0575b5f5ffd5b6100a76100a2366004610797565b6101c0565b6040519081526020015b60405180910390f35b6100a76100c83660046107e7565b6101d4565b6100e06100db366004610802565b6101f2565b60405190151581526020016100b1565b6100a76100fe366004610896565b610208565b6100a7610111366004610939565b610254565b6100a7610124366004610952565b61025e565b6100a761013736600461096c565b610276565b6100a761014a366004610990565b604080516020808201999099526001600160a01b0397909716878201526060870195909552608086019390935263ffffffff91821660a08601521660c084015260e080840191909152815180840390910181526101009092019052805191012090565b6100a76101bb3660046109f8565b61028e565b5f6101cc8484846102a0565b949350505050565b5f6101ec6101e736849003840184610a7e565b6102f1565b92915050565b5f6101ff858585856103cb565b95945050505050565b5f61024a86868686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506103e292505050565b9695505050505050565b5f6101ec8261041a565b5f6101ec61027136849003840184610b1e565b6104ca565b5f6101ec61028936849003840184610ba5565b610557565b5f61029983836105b6565b9392505050565b5f6102aa8261041a565b6102b485856105eb565b60405161190160f01b6020820152602281019290925260428201526062016040516020818303038152906040528051906020012090509392505050565b5f5f825f015183602001518460400151856060015186608001518760a001518860c001518960e001518a61010001518b61012001516040516020016103949a99989796959493929190998a5260208a01989098526001600160a01b0396871660408a0152949095166060880152608087019290925260a086015263ffffffff90811660c08601529190911660e08401526101008301526101208201526101400190565b60408051808303601f1901815282825280516020918201208184015281518084038201815292820190915281519101209392505050565b5f826103d88686856106f8565b1495945050505050565b5f848484846040516020016103fa9493929190610c33565b604051602081830303815290604052805190602001209050949350505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f614e7902c578559c686d80aa64b2e370386d23d54a57eedd33e306bec3955b33918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b03821660a08201525f9060c0015b604051602081830303815290604052805190602001209050919050565b80516020808301516040808501516060860151608087015160a088015160c089015160e08a01516101008b015196515f9a6104ad9a909998910167ffffffffffffffff998a168152602081019890985260408801969096526060870194909452608086019290925260a085015290931660c083015260e08201929092526101008101919091526101200190565b5f5f825f0151836020015184604001518560600151866080015160405160200161039495949392919094855267ffffffffffffffff9390931660208501526001600160a01b039182166040850152166060830152608082015260a00190565b60408051602081018490529081018290525f906060015b60405160208183030381529060405280519060200120905092915050565b5f7f34f956fb1fdddd468a96d5012586591aa978a7348bc0da34d8ce8aec0c51dfbb61061d6040840160208501610c82565b604084013584356106346080880160608901610939565b608088013560a089013561064e60e08b0160c08c01610c9b565b61065f6101008c0160e08d01610c9b565b6101008c01356101208d013561067b60808e0160608f01610c82565b60408051602081019d909d5267ffffffffffffffff9b8c16908d015260608c019990995260808b01979097526001600160a01b0390951660a08a015260c089019390935260e088019190915263ffffffff90811661010088015216610120860152610140850152610160840152166101808201526101a0016105cd565b5f81815b84811015610730576107268287878481811061071a5761071a610cb4565b90506020020135610739565b91506001016106fc565b50949350505050565b5f818310610753575f828152602084905260409020610299565b5f838152602083905260409020610299565b5f6101408284031215610776575f5ffd5b50919050565b80356001600160a01b0381168114610792575f5ffd5b919050565b5f5f5f8385036102408112156107ab575f5ffd5b6107b58686610765565b935060e061013f19820112156107c9575f5ffd5b50610140840191506107de610220850161077c565b90509250925092565b5f61014082840312156107f8575f5ffd5b6102998383610765565b5f5f5f5f60608587031215610815575f5ffd5b843567ffffffffffffffff81111561082b575f5ffd5b8501601f8101871361083b575f5ffd5b803567ffffffffffffffff811115610851575f5ffd5b8760208260051b8401011115610865575f5ffd5b602091820198909750908601359560400135945092505050565b803567ffffffffffffffff81168114610792575f5ffd5b5f5f5f5f5f608086880312156108aa575f5ffd5b853560ff811681146108ba575f5ffd5b94506108c86020870161087f565b93506108d66040870161087f565b9250606086013567ffffffffffffffff8111156108f1575f5ffd5b8601601f81018813610901575f5ffd5b803567ffffffffffffffff811115610917575f5ffd5b886020828401011115610928575f5ffd5b959894975092955050506020019190565b5f60208284031215610949575f5ffd5b6102998261077c565b5f610120828403128015610964575f5ffd5b509092915050565b5f60a0828403128015610964575f5ffd5b803563ffffffff81168114610792575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156109a6575f5ffd5b873596506109b66020890161077c565b955060408801359450606088013593506109d26080890161097d565b92506109e060a0890161097d565b96999598509396929591949193505060c09091013590565b5f5f60408385031215610a09575f5ffd5b50508035926020909101359150565b604051610140810167ffffffffffffffff81118282101715610a4857634e487b7160e01b5f52604160045260245ffd5b60405290565b604051610120810167ffffffffffffffff81118282101715610a4857634e487b7160e01b5f52604160045260245ffd5b5f610140828403128015610a90575f5ffd5b50610a99610a18565b8235815260208084013590820152610ab36040840161077c565b6040820152610ac46060840161077c565b60608201526080838101359082015260a08084013590820152610ae960c0840161097d565b60c0820152610afa60e0840161097d565b60e08201526101008381013590820152610120928301359281019290925250919050565b5f610120828403128015610b30575f5ffd5b50610b39610a4e565b610b428361087f565b81526020838101359082015260408084013590820152606080840135908201526080808401359082015260a08084013590820152610b8260c0840161087f565b60c082015260e08381013590820152610100928301359281019290925250919050565b5f60a0828403128015610bb6575f5ffd5b5060405160a0810167ffffffffffffffff81118282101715610be657634e487b7160e01b5f52604160045260245ffd5b60405282358152610bf96020840161087f565b6020820152610c0a6040840161077c565b6040820152610c1b6060840161077c565b60608201526080928301359281019290925250919050565b6001600160f81b031960f886901b1681526001600160c01b031960c085811b8216600184015284901b16600982015281515f908060208501601185015e5f920160110191825250949350505050565b5f60208284031215610c92575f5ffd5b6102998261087f565b5f60208284031215610cab575f5ffd5b6102998261097d565b634e487b7160e01b5f52603260045260245ffd",
}

// L1CodecHarness is an auto generated Go binding around an Ethereum contract.
type L1CodecHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *L1CodecHarness) GetABI() abi.ABI {
	return c.abi
}

// NewL1CodecHarness creates a new instance of L1CodecHarness.
func NewL1CodecHarness() *L1CodecHarness {
	parsed, err := L1CodecHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &L1CodecHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *L1CodecHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90135fe4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator(address rollup) view returns(bytes32)
func (l1CodecHarness *L1CodecHarness) PackDomainSeparator(rollup common.Address) []byte {
	enc, err := l1CodecHarness.abi.Pack("domainSeparator", rollup)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90135fe4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator(address rollup) view returns(bytes32)
func (l1CodecHarness *L1CodecHarness) TryPackDomainSeparator(rollup common.Address) ([]byte, error) {
	return l1CodecHarness.abi.Pack("domainSeparator", rollup)
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90135fe4.
//
// Solidity: function domainSeparator(address rollup) view returns(bytes32)
func (l1CodecHarness *L1CodecHarness) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := l1CodecHarness.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93b89634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headerHash((uint64,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,bytes32,bytes32) h) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) PackHeaderHash(h L1CodecBatchHeader) []byte {
	enc, err := l1CodecHarness.abi.Pack("headerHash", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93b89634.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function headerHash((uint64,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,bytes32,bytes32) h) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) TryPackHeaderHash(h L1CodecBatchHeader) ([]byte, error) {
	return l1CodecHarness.abi.Pack("headerHash", h)
}

// UnpackHeaderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93b89634.
//
// Solidity: function headerHash((uint64,bytes32,bytes32,bytes32,bytes32,bytes32,uint64,bytes32,bytes32) h) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) UnpackHeaderHash(data []byte) ([32]byte, error) {
	out, err := l1CodecHarness.abi.Unpack("headerHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMsgHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x630faae4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function msgHash(uint8 kind, uint64 index, uint64 timestamp, bytes payload) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) PackMsgHash(kind uint8, index uint64, timestamp uint64, payload []byte) []byte {
	enc, err := l1CodecHarness.abi.Pack("msgHash", kind, index, timestamp, payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMsgHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x630faae4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function msgHash(uint8 kind, uint64 index, uint64 timestamp, bytes payload) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) TryPackMsgHash(kind uint8, index uint64, timestamp uint64, payload []byte) ([]byte, error) {
	return l1CodecHarness.abi.Pack("msgHash", kind, index, timestamp, payload)
}

// UnpackMsgHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x630faae4.
//
// Solidity: function msgHash(uint8 kind, uint64 index, uint64 timestamp, bytes payload) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) UnpackMsgHash(data []byte) ([32]byte, error) {
	out, err := l1CodecHarness.abi.Unpack("msgHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNextRolling is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4dbc0eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextRolling(bytes32 rolling, bytes32 messageHash) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) PackNextRolling(rolling [32]byte, messageHash [32]byte) []byte {
	enc, err := l1CodecHarness.abi.Pack("nextRolling", rolling, messageHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextRolling is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4dbc0eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextRolling(bytes32 rolling, bytes32 messageHash) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) TryPackNextRolling(rolling [32]byte, messageHash [32]byte) ([]byte, error) {
	return l1CodecHarness.abi.Pack("nextRolling", rolling, messageHash)
}

// UnpackNextRolling is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf4dbc0eb.
//
// Solidity: function nextRolling(bytes32 rolling, bytes32 messageHash) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) UnpackNextRolling(data []byte) ([32]byte, error) {
	out, err := l1CodecHarness.abi.Unpack("nextRolling", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPostReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d5fbd44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postReceiptDigest((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) r, (bytes32,uint64,uint256,uint64,uint8,bytes32,bytes32) a, address rollup) view returns(bytes32)
func (l1CodecHarness *L1CodecHarness) PackPostReceiptDigest(r L1CodecReceiptLeaf, a L1CodecReceiptAuth, rollup common.Address) []byte {
	enc, err := l1CodecHarness.abi.Pack("postReceiptDigest", r, a, rollup)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d5fbd44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postReceiptDigest((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) r, (bytes32,uint64,uint256,uint64,uint8,bytes32,bytes32) a, address rollup) view returns(bytes32)
func (l1CodecHarness *L1CodecHarness) TryPackPostReceiptDigest(r L1CodecReceiptLeaf, a L1CodecReceiptAuth, rollup common.Address) ([]byte, error) {
	return l1CodecHarness.abi.Pack("postReceiptDigest", r, a, rollup)
}

// UnpackPostReceiptDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d5fbd44.
//
// Solidity: function postReceiptDigest((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) r, (bytes32,uint64,uint256,uint64,uint8,bytes32,bytes32) a, address rollup) view returns(bytes32)
func (l1CodecHarness *L1CodecHarness) UnpackPostReceiptDigest(data []byte) ([32]byte, error) {
	out, err := l1CodecHarness.abi.Unpack("postReceiptDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReceiptId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1b3e2b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptId(bytes32 jobId, address provider, bytes32 modelRoot, bytes32 inputRoot, uint32 rows, uint32 layers, bytes32 traceRoot) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) PackReceiptId(jobId [32]byte, provider common.Address, modelRoot [32]byte, inputRoot [32]byte, rows uint32, layers uint32, traceRoot [32]byte) []byte {
	enc, err := l1CodecHarness.abi.Pack("receiptId", jobId, provider, modelRoot, inputRoot, rows, layers, traceRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1b3e2b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptId(bytes32 jobId, address provider, bytes32 modelRoot, bytes32 inputRoot, uint32 rows, uint32 layers, bytes32 traceRoot) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) TryPackReceiptId(jobId [32]byte, provider common.Address, modelRoot [32]byte, inputRoot [32]byte, rows uint32, layers uint32, traceRoot [32]byte) ([]byte, error) {
	return l1CodecHarness.abi.Pack("receiptId", jobId, provider, modelRoot, inputRoot, rows, layers, traceRoot)
}

// UnpackReceiptId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1b3e2b4.
//
// Solidity: function receiptId(bytes32 jobId, address provider, bytes32 modelRoot, bytes32 inputRoot, uint32 rows, uint32 layers, bytes32 traceRoot) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) UnpackReceiptId(data []byte) ([32]byte, error) {
	out, err := l1CodecHarness.abi.Unpack("receiptId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReceiptLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5966c3ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptLeafHash((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) r) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) PackReceiptLeafHash(r L1CodecReceiptLeaf) []byte {
	enc, err := l1CodecHarness.abi.Pack("receiptLeafHash", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5966c3ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptLeafHash((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) r) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) TryPackReceiptLeafHash(r L1CodecReceiptLeaf) ([]byte, error) {
	return l1CodecHarness.abi.Pack("receiptLeafHash", r)
}

// UnpackReceiptLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5966c3ab.
//
// Solidity: function receiptLeafHash((uint256,bytes32,address,address,bytes32,bytes32,uint32,uint32,bytes32,uint256) r) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) UnpackReceiptLeafHash(data []byte) ([32]byte, error) {
	out, err := l1CodecHarness.abi.Unpack("receiptLeafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a9a49c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32[] proof, bytes32 root, bytes32 leaf) pure returns(bool)
func (l1CodecHarness *L1CodecHarness) PackVerify(proof [][32]byte, root [32]byte, leaf [32]byte) []byte {
	enc, err := l1CodecHarness.abi.Pack("verify", proof, root, leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a9a49c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32[] proof, bytes32 root, bytes32 leaf) pure returns(bool)
func (l1CodecHarness *L1CodecHarness) TryPackVerify(proof [][32]byte, root [32]byte, leaf [32]byte) ([]byte, error) {
	return l1CodecHarness.abi.Pack("verify", proof, root, leaf)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a9a49c7.
//
// Solidity: function verify(bytes32[] proof, bytes32 root, bytes32 leaf) pure returns(bool)
func (l1CodecHarness *L1CodecHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := l1CodecHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdrawalLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed9eb820.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalLeafHash((uint256,uint64,address,address,uint256) w) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) PackWithdrawalLeafHash(w L1CodecWithdrawalLeaf) []byte {
	enc, err := l1CodecHarness.abi.Pack("withdrawalLeafHash", w)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed9eb820.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalLeafHash((uint256,uint64,address,address,uint256) w) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) TryPackWithdrawalLeafHash(w L1CodecWithdrawalLeaf) ([]byte, error) {
	return l1CodecHarness.abi.Pack("withdrawalLeafHash", w)
}

// UnpackWithdrawalLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed9eb820.
//
// Solidity: function withdrawalLeafHash((uint256,uint64,address,address,uint256) w) pure returns(bytes32)
func (l1CodecHarness *L1CodecHarness) UnpackWithdrawalLeafHash(data []byte) ([32]byte, error) {
	out, err := l1CodecHarness.abi.Unpack("withdrawalLeafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// ReentererMetaData contains all meta data concerning the Reenterer contract.
var ReentererMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload_\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRevert\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"calls\",\"type\":\"bytes[]\"}],\"name\":\"multicall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"onTokenReceived\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payload\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"successes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Reenterer",
	Bin: "0x6080604052348015600e575f5ffd5b506109098061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061009a575f3560e01c80636a540a3e116100635780636a540a3e146101195780637339acce14610121578063a878f8581461012a578063d4b8399214610132578063d826f88f1461015c575f5ffd5b8062c258291461009e5780631035fb5c146100b35780631cff79cd146100c65780633522bfd0146100ef5780635754a04214610102575b5f5ffd5b6100b16100ac3660046104a5565b610164565b005b6100b16100c1366004610526565b61020c565b6100d96100d436600461054e565b6102d4565b6040516100e691906105bb565b60405180910390f35b6100b16100fd36600461054e565b61034b565b61010b60025481565b6040519081526020016100e6565b6100d9610372565b61010b60035481565b6100d96103fe565b5f54610144906001600160a01b031681565b6040516001600160a01b0390911681526020016100e6565b6100b161040b565b5f5b81811015610206575f5f856001600160a01b031685858581811061018c5761018c6105f0565b905060200281019061019e9190610604565b6040516101ac92919061064e565b5f604051808303815f865af19150503d805f81146101e5576040519150601f19603f3d011682016040523d82523d5f602084013e6101ea565b606091505b5091509150816101fc57805160208201fd5b5050600101610166565b50505050565b5f546001600160a01b0316158061022457505f600254115b1561022d575050565b60028054905f61023c8361065d565b90915550505f805460405182916001600160a01b03169061025f906001906106b9565b5f604051808303815f865af19150503d805f8114610298576040519150601f19603f3d011682016040523d82523d5f602084013e61029d565b606091505b509150915081156102c15760038054905f6102b78361065d565b9190505550610206565b60046102cd8282610794565b5050505050565b60605f5f856001600160a01b031685856040516102f292919061064e565b5f604051808303815f865af19150503d805f811461032b576040519150601f19603f3d011682016040523d82523d5f602084013e610330565b606091505b50915091508161034257805160208201fd5b95945050505050565b5f80546001600160a01b0319166001600160a01b038516179055600161020682848361084f565b6004805461037f90610681565b80601f01602080910402602001604051908101604052809291908181526020018280546103ab90610681565b80156103f65780601f106103cd576101008083540402835291602001916103f6565b820191905f5260205f20905b8154815290600101906020018083116103d957829003601f168201915b505050505081565b6001805461037f90610681565b5f80546001600160a01b03191681556104269060019061043f565b5f6002819055600381905561043d9060049061043f565b565b50805461044b90610681565b5f825580601f1061045a575050565b601f0160209004905f5260205f209061043d91905f5b80821115610485575f81840155600101610470565b505050565b80356001600160a01b03811681146104a0575f5ffd5b919050565b5f5f5f604084860312156104b7575f5ffd5b6104c08461048a565b9250602084013567ffffffffffffffff8111156104db575f5ffd5b8401601f810186136104eb575f5ffd5b803567ffffffffffffffff811115610501575f5ffd5b8660208260051b8401011115610515575f5ffd5b939660209190910195509293505050565b5f5f60408385031215610537575f5ffd5b6105408361048a565b946020939093013593505050565b5f5f5f60408486031215610560575f5ffd5b6105698461048a565b9250602084013567ffffffffffffffff811115610584575f5ffd5b8401601f81018613610594575f5ffd5b803567ffffffffffffffff8111156105aa575f5ffd5b866020828401011115610515575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112610619575f5ffd5b83018035915067ffffffffffffffff821115610633575f5ffd5b602001915036819003821315610647575f5ffd5b9250929050565b818382375f9101908152919050565b5f6001820161067a57634e487b7160e01b5f52601160045260245ffd5b5060010190565b600181811c9082168061069557607f821691505b6020821081036106b357634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f83546106c681610681565b6001821680156106dd57600181146106f25761071f565b60ff198316865281151582028601935061071f565b865f5260205f205f5b83811015610717578154888201526001909101906020016106fb565b505081860193505b509195945050505050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610485578282111561048557805f5260205f20601f840160051c602085101561076957505f5b90810190601f840160051c035f5b8181101561078c575f83820155600101610777565b505050505050565b815167ffffffffffffffff8111156107ae576107ae61072a565b6107c2816107bc8454610681565b8461073e565b6020601f8211600181146107f4575f83156107dd5750848201515b5f19600385901b1c1916600184901b1784556102cd565b5f84815260208120601f198516915b828110156108235787850151825560209485019460019092019101610803565b508482101561084057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b67ffffffffffffffff8311156108675761086761072a565b61087b836108758354610681565b8361073e565b5f601f8411600181146108ac575f85156108955750838201355b5f19600387901b1c1916600186901b1783556102cd565b5f83815260208120601f198716915b828110156108db57868501358255602094850194600190920191016108bb565b50868210156108f7575f1960f88860031b161c19848701351681555b505060018560011b018355505050505056",
}

// Reenterer is an auto generated Go binding around an Ethereum contract.
type Reenterer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Reenterer) GetABI() abi.ABI {
	return c.abi
}

// NewReenterer creates a new instance of Reenterer.
func NewReenterer() *Reenterer {
	parsed, err := ReentererMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Reenterer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Reenterer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes payload_) returns()
func (reenterer *Reenterer) PackArm(target common.Address, payload []byte) []byte {
	enc, err := reenterer.abi.Pack("arm", target, payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes payload_) returns()
func (reenterer *Reenterer) TryPackArm(target common.Address, payload []byte) ([]byte, error) {
	return reenterer.abi.Pack("arm", target, payload)
}

// PackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attempts() view returns(uint256)
func (reenterer *Reenterer) PackAttempts() []byte {
	enc, err := reenterer.abi.Pack("attempts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attempts() view returns(uint256)
func (reenterer *Reenterer) TryPackAttempts() ([]byte, error) {
	return reenterer.abi.Pack("attempts")
}

// UnpackAttempts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (reenterer *Reenterer) UnpackAttempts(data []byte) (*big.Int, error) {
	out, err := reenterer.abi.Unpack("attempts", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address to, bytes data) returns(bytes)
func (reenterer *Reenterer) PackExecute(to common.Address, data []byte) []byte {
	enc, err := reenterer.abi.Pack("execute", to, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address to, bytes data) returns(bytes)
func (reenterer *Reenterer) TryPackExecute(to common.Address, data []byte) ([]byte, error) {
	return reenterer.abi.Pack("execute", to, data)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cff79cd.
//
// Solidity: function execute(address to, bytes data) returns(bytes)
func (reenterer *Reenterer) UnpackExecute(data []byte) ([]byte, error) {
	out, err := reenterer.abi.Unpack("execute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a540a3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRevert() view returns(bytes)
func (reenterer *Reenterer) PackLastRevert() []byte {
	enc, err := reenterer.abi.Pack("lastRevert")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a540a3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRevert() view returns(bytes)
func (reenterer *Reenterer) TryPackLastRevert() ([]byte, error) {
	return reenterer.abi.Pack("lastRevert")
}

// UnpackLastRevert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (reenterer *Reenterer) UnpackLastRevert(data []byte) ([]byte, error) {
	out, err := reenterer.abi.Unpack("lastRevert", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMulticall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c25829.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function multicall(address to, bytes[] calls) returns()
func (reenterer *Reenterer) PackMulticall(to common.Address, calls [][]byte) []byte {
	enc, err := reenterer.abi.Pack("multicall", to, calls)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMulticall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c25829.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function multicall(address to, bytes[] calls) returns()
func (reenterer *Reenterer) TryPackMulticall(to common.Address, calls [][]byte) ([]byte, error) {
	return reenterer.abi.Pack("multicall", to, calls)
}

// PackOnTokenReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1035fb5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTokenReceived(address , uint256 ) returns()
func (reenterer *Reenterer) PackOnTokenReceived(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := reenterer.abi.Pack("onTokenReceived", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTokenReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1035fb5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTokenReceived(address , uint256 ) returns()
func (reenterer *Reenterer) TryPackOnTokenReceived(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return reenterer.abi.Pack("onTokenReceived", arg0, arg1)
}

// PackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payload() view returns(bytes)
func (reenterer *Reenterer) PackPayload() []byte {
	enc, err := reenterer.abi.Pack("payload")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payload() view returns(bytes)
func (reenterer *Reenterer) TryPackPayload() ([]byte, error) {
	return reenterer.abi.Pack("payload")
}

// UnpackPayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (reenterer *Reenterer) UnpackPayload(data []byte) ([]byte, error) {
	out, err := reenterer.abi.Unpack("payload", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd826f88f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reset() returns()
func (reenterer *Reenterer) PackReset() []byte {
	enc, err := reenterer.abi.Pack("reset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd826f88f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reset() returns()
func (reenterer *Reenterer) TryPackReset() ([]byte, error) {
	return reenterer.abi.Pack("reset")
}

// PackSuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7339acce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function successes() view returns(uint256)
func (reenterer *Reenterer) PackSuccesses() []byte {
	enc, err := reenterer.abi.Pack("successes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7339acce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function successes() view returns(uint256)
func (reenterer *Reenterer) TryPackSuccesses() ([]byte, error) {
	return reenterer.abi.Pack("successes")
}

// UnpackSuccesses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (reenterer *Reenterer) UnpackSuccesses(data []byte) (*big.Int, error) {
	out, err := reenterer.abi.Unpack("successes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reenterer *Reenterer) PackTarget() []byte {
	enc, err := reenterer.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reenterer *Reenterer) TryPackTarget() ([]byte, error) {
	return reenterer.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reenterer *Reenterer) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reenterer.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// TestStepVerifierMetaData contains all meta data concerning the TestStepVerifier contract.
var TestStepVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"accept\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"a\",\"type\":\"bool\"}],\"name\":\"setAccept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyStep\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TestStepVerifier",
	Bin: "0x60806040525f805460ff19166001179055348015601a575f5ffd5b506101b3806100285f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80632852b71c146100435780634fc3aa7c14610063578063ddceae1714610085575b5f5ffd5b5f5461004f9060ff1681565b604051901515815260200160405180910390f35b6100836100713660046100e9565b5f805460ff1916911515919091179055565b005b61004f61009336600461010f565b5f805460ff1680156100e15750816040516020016100b19190610195565b6040516020818303038152906040528051906020012084846040516100d79291906101a4565b6040518091039020145b949350505050565b5f602082840312156100f9575f5ffd5b81358015158114610108575f5ffd5b9392505050565b5f5f5f60a08486031215610121575f5ffd5b833567ffffffffffffffff811115610137575f5ffd5b8401601f81018613610147575f5ffd5b803567ffffffffffffffff81111561015d575f5ffd5b86602082840101111561016e575f5ffd5b60208201945080935050508460a085011115610188575f5ffd5b6020840190509250925092565b60808181019083833792915050565b818382375f910190815291905056",
}

// TestStepVerifier is an auto generated Go binding around an Ethereum contract.
type TestStepVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestStepVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewTestStepVerifier creates a new instance of TestStepVerifier.
func NewTestStepVerifier() *TestStepVerifier {
	parsed, err := TestStepVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestStepVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestStepVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2852b71c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept() view returns(bool)
func (testStepVerifier *TestStepVerifier) PackAccept() []byte {
	enc, err := testStepVerifier.abi.Pack("accept")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2852b71c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept() view returns(bool)
func (testStepVerifier *TestStepVerifier) TryPackAccept() ([]byte, error) {
	return testStepVerifier.abi.Pack("accept")
}

// UnpackAccept is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2852b71c.
//
// Solidity: function accept() view returns(bool)
func (testStepVerifier *TestStepVerifier) UnpackAccept(data []byte) (bool, error) {
	out, err := testStepVerifier.abi.Unpack("accept", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fc3aa7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAccept(bool a) returns()
func (testStepVerifier *TestStepVerifier) PackSetAccept(a bool) []byte {
	enc, err := testStepVerifier.abi.Pack("setAccept", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fc3aa7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAccept(bool a) returns()
func (testStepVerifier *TestStepVerifier) TryPackSetAccept(a bool) ([]byte, error) {
	return testStepVerifier.abi.Pack("setAccept", a)
}

// PackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddceae17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (testStepVerifier *TestStepVerifier) PackVerifyStep(proof []byte, input [4]*big.Int) []byte {
	enc, err := testStepVerifier.abi.Pack("verifyStep", proof, input)
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
func (testStepVerifier *TestStepVerifier) TryPackVerifyStep(proof []byte, input [4]*big.Int) ([]byte, error) {
	return testStepVerifier.abi.Pack("verifyStep", proof, input)
}

// UnpackVerifyStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddceae17.
//
// Solidity: function verifyStep(bytes proof, uint256[4] input) view returns(bool)
func (testStepVerifier *TestStepVerifier) UnpackVerifyStep(data []byte) (bool, error) {
	out, err := testStepVerifier.abi.Unpack("verifyStep", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
