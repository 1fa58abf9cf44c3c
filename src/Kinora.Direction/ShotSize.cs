namespace Kinora.Direction;

/// <summary>Shot sizes from widest to tightest.</summary>
public enum ShotSize { ExtremeWide, Wide, Full, Medium, MediumClose, Close, ExtremeClose }
