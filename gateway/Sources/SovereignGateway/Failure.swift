import SovereignFilter

/// The gateway answers with the protocol filter's failures (`ProtocolFailure`, in the core library):
/// one definition of every status, type and code, whatever front end speaks the OpenAI protocol.
public typealias GatewayFailure = ProtocolFailure
