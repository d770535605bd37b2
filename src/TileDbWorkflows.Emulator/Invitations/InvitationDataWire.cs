using TileDbWorkflows.Emulator.Common;

namespace TileDbWorkflows.Emulator.Invitations;

public sealed record InvitationDataWire(IReadOnlyList<InvitationWire> Invitations, PaginationMetadataWire PaginationMetadata);
