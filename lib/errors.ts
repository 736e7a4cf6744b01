/** Errors the domain raises on purpose; their messages are written for the user, in Vietnamese. */
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing does not exist, or the caller may not know it exists. */
export class NotFoundError extends DomainError {
  constructor(message = "Không tìm thấy dữ liệu yêu cầu.") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super(message);
  }
}

/** Someone else changed the thing since the caller read it. */
export class ConflictError extends DomainError {}

/** Input that passed the schema but breaks a rule only the server can check. */
export class InvalidInputError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** The disk holding uploads is full: nothing was kept, and the same request can succeed once space is freed. */
export class StorageFullError extends DomainError {
  constructor() {
    super("Máy chủ hết dung lượng lưu trữ nên chưa lưu được tệp. Vui lòng thử lại sau hoặc báo cho quản trị cổng thông tin.");
  }
}

/** The caller sent too much too fast; the same request can succeed after the wait. */
export class TooManyRequestsError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
