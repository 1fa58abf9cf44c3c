namespace Kinora.Render;

/// <summary>
/// A set's static instances: their records resident on the GPU in a storage buffer, uploaded once per
/// SetGeometry.Id, and their CPU-side bounds for per-frame culling. Water (Material.Pattern 4) is kept apart in a
/// buffer of its own: it is shaded by its own program and casts no shadow.
/// </summary>
sealed record StaticSet(uint Buffer, InstanceRecords Records, uint WaterBuffer, InstanceRecords Water);
