namespace Kinora.Render;

/// <summary>
/// A set's static instances: their records resident on the GPU in a storage buffer, uploaded once per
/// SetGeometry.Id, and their CPU-side bounds for per-frame culling.
/// </summary>
sealed record StaticSet(uint Buffer, InstanceRecords Records);
