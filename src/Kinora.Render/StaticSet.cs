namespace Kinora.Render;

/// <summary>A set's static instances resident on the GPU: uploaded once per SetGeometry.Id.</summary>
sealed record StaticSet(uint Buffer, (int First, int Count)[] Groups, int Count);
