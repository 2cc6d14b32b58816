// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice One step class's fraud-proof verifier (docs/fraud-proof.md).
/// Implementations return false on a bad proof instead of reverting.
interface IStepVerifier {
    function verifyStep(bytes calldata proof, uint256[4] calldata input) external view returns (bool);
}
